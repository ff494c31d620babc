package org.securebase.threads.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.ThreadService;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;

/** "I may know this client": one click to step out of a case consultation, with a note only supervisors read. */
public class RecusalDialog extends Dialog {

    final TextArea note = new TextArea("A note for the group's supervisors (optional)");
    final Button confirm = new Button("Step out of this case");

    public RecusalDialog(ThreadService threads, long threadId) {
        setHeaderTitle("I may know this client");
        Limits.limit(note, 1000).setWidthFull();
        note.setId("recusal-note");
        Paragraph what = new Paragraph("The case will be hidden from you from now on. Its author is asked to disguise "
                + "it further, without learning who you are; the group's supervisors see your name and your note.");
        what.addClassName("sb-muted");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("confirm-recusal");
        confirm.addClickListener(e -> {
            Forms.clearErrors(Map.of("note", note));
            try {
                threads.recuse(threadId, note.getValue());
                Forms.success("Thank you for saying so. The case is hidden from you now.");
                close();
                UI.getCurrent().refreshCurrentRoute(false);
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("note", note));
            }
        });
        add(what, note);
        setWidth("30em");
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
