package org.securebase.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.securebase.accounts.Passkeys;
import org.securebase.accounts.Passkeys.Ceremony;
import org.securebase.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** "Use a passkey" on the second-factor page, after the password: the browser's prompt, then into the app. */
@JsModule("./sb-passkeys.js")
class PasskeySignIn extends VerticalLayout {

    final Button use = new Button("Use a passkey");
    final Paragraph error = PasskeyPrompt.errorLine("passkey-error");

    private final Passkeys passkeys;
    private final Runnable done;
    private Ceremony ceremony;

    PasskeySignIn(Passkeys passkeys, Runnable done) {
        this.passkeys = passkeys;
        this.done = done;
        setPadding(false);
        setSpacing(false);
        use.setId("use-passkey");
        use.addThemeVariants(ButtonVariant.PRIMARY);
        use.addClickListener(e -> start());
        add(use, error);
    }

    private void start() {
        error.setVisible(false);
        try {
            ceremony = passkeys.startSignIn();
        } catch (InvalidInputException e) {
            PasskeyPrompt.show(error, PasskeyPrompt.messageOf(e));
            return;
        } catch (AuthenticationException | AccessDeniedException e) {
            PasskeyPrompt.show(error, e.getMessage());
            return;
        }
        use.setEnabled(false);
        PasskeyPrompt.get(this, ceremony.json(), this::finish, reason -> {
            use.setEnabled(true);
            PasskeyPrompt.show(error, PasskeyPrompt.message(reason));
        });
    }

    private void finish(String assertionJson) {
        use.setEnabled(true);
        try {
            passkeys.finishSignIn(ceremony, assertionJson);
        } catch (InvalidInputException e) {
            PasskeyPrompt.show(error, PasskeyPrompt.messageOf(e));
            return;
        } catch (AuthenticationException | AccessDeniedException e) {
            PasskeyPrompt.show(error, e.getMessage());
            return;
        } finally {
            ceremony = null;
        }
        done.run();
    }
}
