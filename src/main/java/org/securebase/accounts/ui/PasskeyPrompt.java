package org.securebase.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Locale;
import org.securebase.shared.InvalidInputException;

/**
 * The browser's passkey prompt ({@code navigator.credentials.create/get} in {@code frontend/sb-passkeys.js}), run
 * from the server with the options a {@link org.securebase.accounts.Passkeys.Ceremony} holds; the answer comes
 * back as JSON, or as a short reason that {@link #message} turns into words shown beside the button.
 */
final class PasskeyPrompt {

    private PasskeyPrompt() {}

    static void create(
            Component host,
            String optionsJson,
            SerializableConsumer<String> done,
            SerializableConsumer<String> failed) {
        host.getElement()
                .executeJs("return window.sbPasskeys.create($0)", optionsJson)
                .then(String.class, done, failed);
    }

    static void get(
            Component host,
            String optionsJson,
            SerializableConsumer<String> done,
            SerializableConsumer<String> failed) {
        host.getElement()
                .executeJs("return window.sbPasskeys.get($0)", optionsJson)
                .then(String.class, done, failed);
    }

    /** What went wrong in the browser, for the member: nothing is lost, and what to do next. */
    static String message(String reason) {
        String r = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (r.contains("cancelled")) {
            return "The passkey prompt was closed before it finished, so nothing changed. Try again when you are "
                    + "ready.";
        }
        if (r.contains("unsupported")) {
            return "This browser cannot use passkeys here. Use your authenticator app, or another browser.";
        }
        if (r.contains("exists")) {
            return "This device already holds a passkey for your account; it is in the list.";
        }
        return "The passkey could not be used. Please try again.";
    }

    /** The paragraph beside a passkey button where its errors appear; read out as they appear. */
    static Paragraph errorLine(String id) {
        Paragraph error = new Paragraph();
        error.setId(id);
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        return error;
    }

    static void show(Paragraph error, String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /** The first message of a refusal from the service. */
    static String messageOf(InvalidInputException e) {
        return e.fieldErrors().values().stream().findFirst().orElse("Please try again.");
    }
}
