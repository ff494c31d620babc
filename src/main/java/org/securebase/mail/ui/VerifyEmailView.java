package org.securebase.mail.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.securebase.mail.EmailVerifications;

/**
 * The page a sign-up's confirmation link opens: it confirms the address and says what happens next, or, for an
 * expired or used link, how to get a new one (sign in: the pending page sends it again).
 */
@Route(value = "verify-email", autoLayout = false)
@PageTitle("Confirm your email · SecureBase")
@AnonymousAllowed
public class VerifyEmailView extends VerticalLayout implements BeforeEnterObserver {

    static final String ALREADY = "Your email is already confirmed. A supervisor will check your registration; "
            + "we will email you when it is done.";

    final H1 title = new H1();
    final Paragraph message = new Paragraph();
    final Anchor next = new Anchor("login", "Sign in");
    private final EmailVerifications verifications;
    private final AuthenticationContext authentication;

    public VerifyEmailView(EmailVerifications verifications, AuthenticationContext authentication) {
        this.verifications = verifications;
        this.authentication = authentication;
        addClassName("sb-login");
        getElement().setAttribute("role", "main"); // a page without the app layout names its own main landmark
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        setSizeFull();
        title.setId("verify-title");
        message.setId("verify-message");
        message.setMaxWidth("28rem");
        next.setId("verify-next");
        add(title, message, next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tokens =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        boolean signedIn = authentication.isAuthenticated();
        switch (verifications.confirm(tokens.isEmpty() ? null : tokens.getFirst())) {
            case CONFIRMED ->
                show(
                        "Your email is confirmed",
                        EmailVerifications.CONFIRMED,
                        signedIn ? "See where your registration stands" : "Sign in");
            case ALREADY_CONFIRMED ->
                show("Your email is confirmed", ALREADY, signedIn ? "See where your registration stands" : "Sign in");
            case EXPIRED ->
                show(
                        "This link no longer works",
                        EmailVerifications.EXPIRED,
                        signedIn ? "Ask for a new link" : "Sign in to ask for a new link");
        }
        // Signed in, the pending page shows where the registration stands and sends a new link.
        next.setHref(signedIn ? "pending" : "login");
    }

    private void show(String heading, String text, String link) {
        title.setText(heading);
        message.setText(text);
        next.setText(link);
    }
}
