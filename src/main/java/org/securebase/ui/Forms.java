package org.securebase.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.securebase.shared.InvalidInputException;

/** Puts a service's field messages next to the fields they belong to. */
public final class Forms {

    private Forms() {}

    public static void showErrors(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        e.fieldErrors().forEach((field, message) -> {
            HasValidation input = fields.get(field);
            if (input != null) {
                input.setErrorMessage(message);
                input.setInvalid(true);
            } else {
                error(message);
            }
        });
    }

    public static void clearErrors(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** A message the member should read at leisure: stays until closed. */
    public static void notice(String message, String id) {
        Notification n = new Notification();
        n.setId(id);
        n.setPosition(Notification.Position.MIDDLE);
        n.setDuration(0);
        com.vaadin.flow.component.button.Button close =
                new com.vaadin.flow.component.button.Button("Close", e -> n.close());
        n.add(new com.vaadin.flow.component.html.Span(message), close);
        n.open();
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
