package org.securebase.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.securebase.accounts.AccountDetails;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.AccountStatus;
import org.securebase.security.SessionAuthorities;
import org.securebase.ui.Badges;

/** The only page a pending account can open: where its verification stands. */
@Route(value = "pending", autoLayout = false)
@PageTitle("Awaiting verification · SecureBase")
@PermitAll
public class PendingView extends VerticalLayout implements BeforeEnterObserver {

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final SessionAuthorities sessionAuthorities;

    public PendingView(AccountService accounts, AuthenticationContext authentication,
                       SessionAuthorities sessionAuthorities) {
        this.accounts = accounts;
        this.sessionAuthorities = sessionAuthorities;
        this.authentication = authentication;
        addClassNames("sb-page", "sb-narrow");
        getElement().setAttribute("role", "main"); // a page without the app layout names its own main landmark
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountDetails me = accounts.myAccount();
        if (me.status() == AccountStatus.ACTIVE) {
            sessionAuthorities.refresh();
            event.forwardTo("");
            return;
        }
        removeAll();
        H2 title = new H2("Your account is awaiting verification");
        title.setId("pending-title");
        Paragraph status = new Paragraph();
        status.add("Status: ");
        status.add(Badges.status(me.status()));
        Paragraph details = new Paragraph("We are checking " + me.profession() + " registration "
                + me.licenceNumber() + " with " + me.licenceBody() + ". Until a supervisor or administrator "
                + "verifies it, you cannot see consultation groups or cases. This usually takes a working day.");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        add(title, status, details, signOut);
    }
}
