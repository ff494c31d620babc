package org.securebase.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.securebase.mail.EmailChangeMails;
import org.securebase.security.Roles;

/**
 * The page a new address's confirmation link opens, for the signed-in member. Opening it changes nothing (a mail
 * scanner follows links too); the button confirms.
 */
@Route(EmailChangeMails.PATH)
@PageTitle("Confirm your new email · SecureBase")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
public class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver {

    static final String ASK = "Press the button to make this address, the one this link was sent to, the email of "
            + "your SecureBase account.";

    final H1 title = new H1("Confirm your new email");
    final Paragraph message = new Paragraph(ASK);
    final Button confirm = new Button("Confirm my new email");
    final Anchor profile = new Anchor("profile", "Back to my profile");
    private final EmailChangeMails changes;
    private String token;

    public ConfirmEmailView(EmailChangeMails changes) {
        this.changes = changes;
        addClassNames("sb-page", "sb-narrow");
        message.setId("confirm-email-message");
        confirm.setId("confirm-email");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirm());
        add(title, message, confirm, profile);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tokens =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        token = tokens.isEmpty() ? null : tokens.getFirst();
        title.setText("Confirm your new email"); // the view stays when the same route is opened again
        message.setText(ASK);
        confirm.setVisible(true);
    }

    private void confirm() {
        EmailChangeMails.Outcome outcome = changes.confirm(token);
        message.setText(
                switch (outcome) {
                    case CHANGED -> "Your email is changed. From now on SecureBase writes to the new address.";
                    case OTHER_ACCOUNT ->
                        "This link was sent for another account. Sign out, then sign in to the account that asked for "
                                + "the change and open the link again.";
                    case TAKEN -> "Another account now uses this email, so yours stays as it was.";
                    case EXPIRED ->
                        "This link has expired, was replaced by a newer one, was cancelled or was already used. Links work "
                                + "once, for 24 hours. Ask again on your profile page.";
                });
        title.setText(outcome == EmailChangeMails.Outcome.CHANGED ? "Your email is changed" : "Nothing changed");
        confirm.setVisible(false);
    }
}
