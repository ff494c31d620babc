package org.securebase.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.securebase.accounts.PasswordPolicy;
import org.securebase.mail.PasswordResets;
import org.securebase.shared.InvalidInputException;

/** The page a reset link opens: a new password, twice, under the usual password rules. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Set a new password · SecureBase")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    final PasswordField password = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("The new password again");
    final Button save = new Button("Set the new password");
    final Paragraph message = new Paragraph();
    final Anchor next = new Anchor("forgot-password", "Ask for a new link");
    private final PasswordResets resets;
    private String token;

    public ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        addClassName("sb-login");
        getElement().setAttribute("role", "main"); // a page without the app layout names its own main landmark
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        setSizeFull();
        password.setId("reset-password");
        password.setWidth("20rem");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters; a phrase of a few unrelated words is easy to remember.");
        repeat.setId("reset-repeat");
        repeat.setWidth("20rem");
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        message.setId("reset-message");
        message.setMaxWidth("28rem");
        next.setId("reset-next");
        save.addClickListener(e -> submit());
        add(new H1("Set a new password"), message, password, repeat, save, next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tokens =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        token = tokens.isEmpty() ? null : tokens.getFirst();
        if (resets.usable(token)) {
            message.setText("Choose a new password for your account. Every other signed-in session will end.");
            next.setVisible(false);
        } else {
            expired();
        }
    }

    private void submit() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        try {
            resets.reset(token, password.getValue(), repeat.getValue());
            message.setText("Your password is set. Sign in with it now.");
            form(false);
            next.setHref("login");
            next.setText("Sign in");
            next.setVisible(true);
        } catch (InvalidInputException ex) {
            var errors = ex.fieldErrors();
            if (errors.containsKey("token")) {
                expired();
            }
            if (errors.containsKey("newPassword")) {
                password.setErrorMessage(errors.get("newPassword"));
                password.setInvalid(true);
            }
            if (errors.containsKey("repeat")) {
                repeat.setErrorMessage(errors.get("repeat"));
                repeat.setInvalid(true);
            }
        }
    }

    private void expired() {
        message.setText(PasswordResets.EXPIRED);
        form(false);
        next.setVisible(true);
    }

    private void form(boolean visible) {
        password.setVisible(visible);
        repeat.setVisible(visible);
        save.setVisible(visible);
    }
}
