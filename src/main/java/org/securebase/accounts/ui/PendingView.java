package org.securebase.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.securebase.accounts.AddressConfirmation;
import org.securebase.security.AccountStatus;
import org.securebase.security.SessionAuthorities;
import org.securebase.shared.InvalidInputException;
import org.securebase.ui.Badges;
import org.securebase.ui.Forms;

/**
 * The only page a pending account can open: first "confirm your email" (with a button that sends the link again),
 * then where its verification stands.
 */
@Route(value = "pending", autoLayout = false)
@PageTitle("Awaiting verification · SecureBase")
@PermitAll
public class PendingView extends VerticalLayout implements BeforeEnterObserver {

    final Button resend = new Button("Send the link again");
    final Paragraph resendAnswer = new Paragraph();
    private final AccountService accounts;
    private final AddressConfirmation verifications;
    private final AuthenticationContext authentication;
    private final SessionAuthorities sessionAuthorities;

    public PendingView(
            AccountService accounts,
            AddressConfirmation verifications,
            AuthenticationContext authentication,
            SessionAuthorities sessionAuthorities) {
        this.accounts = accounts;
        this.verifications = verifications;
        this.sessionAuthorities = sessionAuthorities;
        this.authentication = authentication;
        addClassNames("sb-page", "sb-narrow");
        getElement().setAttribute("role", "main"); // a page without the app layout names its own main landmark
        resend.setId("resend-link");
        resend.addThemeVariants(ButtonVariant.PRIMARY);
        resend.addClickListener(e -> resend());
        resendAnswer.setId("resend-answer");
        resendAnswer.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountDetails me = accounts.myAccount();
        if (me.status() == AccountStatus.ACTIVE) {
            sessionAuthorities.refresh();
            event.forwardTo("");
            return;
        }
        show(me);
    }

    private void show(AccountDetails me) {
        removeAll();
        H2 title = new H2();
        title.setId("pending-title");
        Paragraph status = new Paragraph();
        status.add("Status: ");
        status.add(Badges.status(me.status()));
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        if (me.status() == AccountStatus.REFUSED) {
            title.setText("Your request to join was refused");
            Paragraph reason = new Paragraph("Reason: " + me.statusReason() + ". Please contact an administrator "
                    + "if you think this is a mistake.");
            add(title, status, reason, signOut);
        } else if (me.status() == AccountStatus.PENDING && !me.emailVerified()) {
            title.setText("Confirm your email");
            Paragraph sent = new Paragraph("Confirm your email: we sent a link to " + me.email() + ". Open it "
                    + "within 24 hours. Until you do, no supervisor or administrator sees your registration.");
            sent.setId("pending-email");
            add(title, sent, resend, resendAnswer, signOut);
        } else {
            title.setText("Your account is awaiting verification");
            Paragraph details = new Paragraph("We are checking " + me.profession() + " registration "
                    + me.licenceNumber() + " with " + me.licenceBody() + ". Until a supervisor or administrator "
                    + "verifies it, you cannot see consultation groups or cases. This usually takes a working day. "
                    + "We will email you when it is done.");
            add(title, status, details, signOut);
        }
    }

    private void resend() {
        try {
            String address = verifications.resend();
            AccountDetails me = accounts.myAccount();
            if (me.emailVerified()) {
                show(me); // mail is off: the address is taken as it is
                return;
            }
            resendAnswer.setText("We sent a new link to " + address + ". Check your spam folder too.");
            Forms.success("We sent a new link to " + address + ".");
        } catch (InvalidInputException e) {
            resendAnswer.setText(e.fieldErrors().getOrDefault("resend", e.getMessage()));
            if (accounts.myAccount().emailVerified()) {
                show(accounts.myAccount()); // confirmed in another tab meanwhile
                return;
            }
        }
        resendAnswer.setVisible(true);
    }
}
