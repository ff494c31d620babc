package org.securebase.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** A field's length limit, with the same words whether the browser or the server notices it. */
public final class Limits {

    private Limits() {}

    public static String tooLong(int max) {
        return "Use at most " + max + " characters.";
    }

    public static TextField limit(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(max)));
        return field;
    }

    public static EmailField limit(EmailField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new EmailField.EmailFieldI18n()
                .setMaxLengthErrorMessage(tooLong(max))
                .setPatternErrorMessage("This does not look like an email address."));
        return field;
    }

    public static TextArea limit(TextArea field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(max)));
        return field;
    }
}
