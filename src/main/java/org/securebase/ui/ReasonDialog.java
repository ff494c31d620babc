package org.securebase.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.securebase.shared.InvalidInputException;

/** Asks why before an action that the audit trail records; the dialog stays open if the action refuses. */
public class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button confirm;

    public ReasonDialog(String title, String explanation, String action, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        reason.setWidthFull();
        Limits.limit(reason, 500);
        reason.setRequired(true);
        reason.setId("reason");
        reason.setHelperText("Kept in the audit trail; the member sees it if their account is suspended.");
        add(new Paragraph(explanation), reason);
        confirm = new Button(action, e -> {
            try {
                onConfirm.accept(reason.getValue());
                close();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("confirm-reason");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    /** Opens a dialog for an optional reason, kept in the audit trail. */
    public static ReasonDialog ask(String title, String explanation, Consumer<String> onConfirm) {
        ReasonDialog dialog = new ReasonDialog(title, explanation, "Confirm", onConfirm);
        dialog.reason.setRequired(false);
        dialog.reason.setHelperText("Kept in the audit trail.");
        dialog.open();
        return dialog;
    }

    public TextArea reasonField() {
        return reason;
    }

    public Button confirmButton() {
        return confirm;
    }
}
