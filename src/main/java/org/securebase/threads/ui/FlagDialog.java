package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.FlagReason;
import org.securebase.threads.Flagging;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;

/** Flagging a post (commentId null) or a comment for the group's supervisors. */
public class FlagDialog extends Dialog {

    final RadioButtonGroup<FlagReason> reason = new RadioButtonGroup<>("What is wrong?");
    final TextArea note = new TextArea("Anything the supervisors should know (optional)");
    final Button send = new Button("Send flag");

    public FlagDialog(Flagging flagging, long threadId, Long commentId) {
        setHeaderTitle(commentId == null ? "Flag this post" : "Flag this comment");
        reason.setItems(FlagReason.values());
        reason.setItemLabelGenerator(FlagReason::label);
        reason.setId("flag-reason");
        Limits.limit(note, 500).setWidthFull();
        note.setId("flag-note");
        reason.addValueChangeListener(e -> note.setLabel(
                e.getValue() == FlagReason.OTHER
                        ? "What is wrong?"
                        : "Anything the supervisors should know (optional)"));
        Paragraph privacy =
                new Paragraph("Only the group's supervisors see who flagged. You will hear how it was " + "resolved.");
        privacy.addClassName("sb-muted");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("send-flag");
        send.addClickListener(e -> {
            Forms.clearErrors(Map.of("reason", reason, "note", note));
            try {
                flagging.flag(threadId, commentId, reason.getValue(), note.getValue());
                Forms.success("Thank you. Your flag was received; a supervisor will review it.");
                close();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("reason", reason, "note", note));
            }
        });
        add(reason, note, privacy);
        setWidth("30em");
        getFooter().add(new Button("Cancel", e -> close()), send);
    }
}
