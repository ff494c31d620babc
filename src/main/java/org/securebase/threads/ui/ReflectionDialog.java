package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.ConsultationLoop;
import org.securebase.ui.Forms;
import org.securebase.vignettes.IdentifierGuard;
import org.securebase.vignettes.IdentifierPanel;

/** The author's closing reflection: what I will try, what I decided not to do and why, and a follow-up date. */
class ReflectionDialog extends Dialog {

    final TextArea willTry = new TextArea("What I will try");
    final TextArea notDoing = new TextArea("What I decided not to do, and why");
    final DatePicker followUpOn = new DatePicker("Follow-up date (optional)");
    final Button save = new Button("Save reflection");
    /** The case composer's identifier list: a detection can be replaced, or marked "not identifying" and kept. */
    final IdentifierPanel identifiers;

    ReflectionDialog(
            ConsultationLoop loop,
            IdentifierGuard guard,
            long threadId,
            ConsultationLoop.Reflection current,
            Runnable saved) {
        setHeaderTitle("Your reflection");
        setId("reflection-dialog");
        setWidth("min(40rem, 100vw)");
        willTry.setId("reflection-will-try");
        notDoing.setId("reflection-not-doing");
        followUpOn.setId("reflection-follow-up");
        for (TextArea area : new TextArea[] {willTry, notDoing}) {
            area.setWidthFull();
            area.setMaxLength(ConsultationLoop.REFLECTION_LIMIT);
        }
        followUpOn.setMin(LocalDate.now().plusDays(1));
        followUpOn.setHelperText("On that day SecureBase reminds you to post an update.");
        if (current != null) {
            willTry.setValue(current.willTry());
            notDoing.setValue(current.notDoing());
            followUpOn.setValue(current.followUpOn());
        }
        Paragraph hint = new Paragraph(
                "Checked for identifying details like the case itself; use the placeholders of the post.");
        hint.addClassName("sb-muted");
        add(hint, willTry, notDoing, followUpOn);
        identifiers = new IdentifierPanel(guard);
        identifiers.setId("reflection-identifiers");
        identifiers.forThread(threadId);
        for (TextArea area : new TextArea[] {willTry, notDoing}) {
            area.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.TIMEOUT);
            area.setValueChangeTimeout(400);
        }
        identifiers.watch("willTry", willTry);
        identifiers.watch("notDoing", notDoing);
        identifiers.refresh();
        add(identifiers);
        save.setId("save-reflection");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Map<String, com.vaadin.flow.component.HasValidation> fields =
                Map.of("willTry", willTry, "notDoing", notDoing, "followUpOn", followUpOn);
        save.addClickListener(e -> {
            Forms.clearErrors(fields);
            try {
                loop.reflect(
                        threadId,
                        willTry.getValue(),
                        notDoing.getValue(),
                        followUpOn.getValue(),
                        identifiers.notIdentifying());
                Forms.success("Your reflection is saved.");
                close();
                saved.run();
            } catch (InvalidInputException invalid) {
                Forms.showErrors(invalid, fields);
                identifiers.refresh();
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
