package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import org.securebase.threads.ConsultationLoop;
import org.securebase.threads.ConsultationNotes;

/**
 * The consultation loop under a case consultation's question (its state is a badge beside the author): the author's
 * closing reflection, and for the author the buttons to reflect, post a follow-up and export the consultation note.
 */
class LoopPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    LoopPanel(
            ConsultationLoop loop,
            ConsultationNotes notes,
            org.securebase.vignettes.IdentifierGuard guard,
            long threadId,
            Runnable reload) {
        addClassName("sb-loop");
        setId("consultation-loop");
        ConsultationLoop.LoopView view = loop.loop(threadId);
        ConsultationLoop.Reflection r = view.reflection();
        if (r != null) {
            Div reflection = new Div();
            reflection.setId("loop-reflection");
            reflection.addClassName("sb-summary");
            Span heading = new Span("The author's reflection");
            heading.addClassName("sb-summary-heading");
            reflection.add(
                    heading,
                    new Paragraph("What I will try: " + r.willTry()),
                    new Paragraph("What I decided not to do, and why: " + r.notDoing()));
            if (r.followUpOn() != null) {
                Span on = new Span("Follow-up planned for " + DAY.format(r.followUpOn()));
                on.addClassName("sb-muted");
                reflection.add(on);
            }
            add(reflection);
        }
        if (view.canReflect()) {
            add(button(
                    r == null ? "Write your reflection" : "Edit reflection",
                    "write-reflection",
                    () -> new ReflectionDialog(loop, guard, threadId, r, reload).open()));
            add(button("Post a follow-up", "post-follow-up", () -> new FollowUpDialog(loop, threadId, reload).open()));
            add(button("Consultation note", "consultation-note", () -> new NoteDialog(notes, threadId).open()));
        }
    }

    private static Button button(String label, String id, Runnable run) {
        Button button = new Button(label, e -> run.run());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setId(id);
        return button;
    }
}
