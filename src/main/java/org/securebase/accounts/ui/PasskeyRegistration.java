package org.securebase.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.securebase.accounts.Passkeys;
import org.securebase.accounts.Passkeys.Ceremony;
import org.securebase.accounts.Passkeys.Passkey;
import org.securebase.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Adding a passkey: a name for it ("Work laptop"), then the browser's own prompt (fingerprint, face, device PIN or
 * security key). Used on the second-factor page (staff at their first sign-in, beside the authenticator app) and in
 * the profile's second-factor section. A cancelled or failed prompt says so beside the button and keeps the name.
 */
@JsModule("./sb-passkeys.js")
class PasskeyRegistration extends VerticalLayout {

    final TextField name = new TextField("Name this passkey");
    final Button add;
    final Paragraph error = PasskeyPrompt.errorLine("passkey-register-error");

    private final Passkeys passkeys;
    private final Consumer<Passkey> done;
    private Ceremony ceremony;
    private Runnable onRegistered = () -> {};

    PasskeyRegistration(Passkeys passkeys, String buttonText, Consumer<Passkey> done) {
        this.passkeys = passkeys;
        this.done = done;
        setPadding(false);
        setSpacing(false);
        setId("passkey-registration");
        name.setId("passkey-name");
        name.setMaxLength(Passkeys.NAME_MAX);
        name.setWidth("18em");
        name.setHelperText("So you can tell your passkeys apart, for example \"Work laptop\" or \"Phone\".");
        name.setValue("My passkey");
        add = new Button(buttonText, e -> start());
        add.setId("add-passkey");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout row = new HorizontalLayout(name, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row, error);
    }

    /** Runs as soon as the passkey is stored, before any recovery codes are acknowledged. */
    void onRegistered(Runnable action) {
        this.onRegistered = action;
    }

    private void start() {
        error.setVisible(false);
        name.setInvalid(false);
        if (name.getValue().isBlank()) {
            name.setErrorMessage("Give this passkey a name.");
            name.setInvalid(true);
            return;
        }
        try {
            ceremony = passkeys.startRegistration();
        } catch (InvalidInputException e) {
            PasskeyPrompt.show(error, PasskeyPrompt.messageOf(e));
            return;
        } catch (AccessDeniedException | IllegalStateException e) {
            PasskeyPrompt.show(error, e.getMessage());
            return;
        }
        add.setEnabled(false);
        PasskeyPrompt.create(this, ceremony.json(), this::finish, reason -> {
            add.setEnabled(true);
            PasskeyPrompt.show(error, PasskeyPrompt.message(reason));
        });
    }

    private void finish(String credentialJson) {
        add.setEnabled(true);
        Passkeys.Registered added;
        try {
            added = passkeys.finishRegistration(ceremony, credentialJson, name.getValue());
        } catch (InvalidInputException e) {
            if (e.fieldErrors().containsKey("name")) {
                name.setErrorMessage(e.fieldErrors().get("name"));
                name.setInvalid(true);
            } else {
                PasskeyPrompt.show(error, PasskeyPrompt.messageOf(e));
            }
            return;
        } catch (AccessDeniedException e) {
            PasskeyPrompt.show(error, e.getMessage());
            return;
        } finally {
            ceremony = null;
        }
        onRegistered.run();
        if (added.recoveryCodes().isEmpty()) {
            done.accept(added.passkey());
        } else {
            showRecoveryCodes(added);
        }
    }

    /** The passkey is the account's first factor: ten recovery codes for a lost device, shown this once. */
    private void showRecoveryCodes(Passkeys.Registered added) {
        removeAll();
        UnorderedList codes = new UnorderedList();
        codes.setId("recovery-codes");
        codes.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        added.recoveryCodes().forEach(c -> codes.add(new ListItem(c)));
        Button saved = new Button("I have saved these codes", e -> done.accept(added.passkey()));
        saved.setId("recovery-codes-saved");
        saved.addThemeVariants(ButtonVariant.PRIMARY);
        add(
                new Paragraph("Your passkey is set up. Keep these ten recovery codes somewhere safe (printed, or in a "
                        + "password manager). Each one signs you in once if you lose this device. They are shown only "
                        + "now."),
                codes,
                saved);
    }
}
