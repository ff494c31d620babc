package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadPage;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadStatus;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;
import org.securebase.ui.Links;

/** Tells the reader where a thread stands: waiting for review, sent back, not approved, hidden, locked, merged. */
class ThreadStatusPanel extends Div {

    ThreadStatusPanel(ThreadService threads, ThreadPage page, Runnable changed) {
        setId("thread-status");
        addClassName("sb-status");
        ThreadPage.Moderation m = page.moderation();
        switch (page.status()) {
            case AWAITING_REVIEW ->
                line(
                        "Waiting for a supervisor's approval. Until then only you and the group's "
                                + "supervisors can see it.",
                        "sb-status-waiting");
            case CHANGES_REQUESTED -> {
                line("A supervisor asked for changes: " + m.reviewNote(), "sb-status-changes");
                if (page.mine()) {
                    Button resubmit = new Button("Edit and resubmit", e -> resubmit(threads, page, changed));
                    resubmit.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
                    resubmit.setId("edit-and-resubmit");
                    add(resubmit);
                }
            }
            case REJECTED -> line("Not approved: " + m.reviewNote(), "sb-status-rejected");
            case PUBLISHED -> {}
        }
        if (page.status() == ThreadStatus.AWAITING_REVIEW && page.canModerate()) {
            add(Links.to("Review it in the queue", Links.reviewQueue()));
        }
        if (m.hidden()) {
            line("Hidden by a supervisor: members of the group cannot see it.", "sb-status-hidden");
        }
        if (m.mergedInto() != null) {
            add(
                    new Span("This thread was merged into another. "),
                    new RouterLink(
                            "Continue there",
                            ThreadView.class,
                            new RouteParameters("threadId", Long.toString(m.mergedInto()))));
        } else if (m.locked()) {
            line("A supervisor locked this thread: it takes no new comments.", "sb-status-locked");
        }
        if (m.slowModeMinutes() > 0) {
            line("Slow mode: one comment per member every " + m.slowModeMinutes() + " minutes.", "sb-muted");
        }
        setVisible(getChildren().findAny().isPresent());
    }

    private void line(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        add(new Div(span));
    }

    private static void resubmit(ThreadService threads, ThreadPage page, Runnable changed) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Edit and resubmit");
        TextField title = Limits.limit(new TextField("Title"), ThreadService.TITLE_LIMIT);
        title.setValue(page.title());
        title.setId("resubmit-title");
        TextArea body = Limits.limit(new TextArea("Post"), ThreadService.POST_LIMIT);
        body.setValue(page.bodyMarkdown());
        body.setId("resubmit-body");
        body.setMinHeight("14em");
        TextArea question = Limits.limit(new TextArea("Your question for colleagues"), ThreadService.QUESTION_LIMIT);
        question.setValue(page.question() == null ? "" : page.question());
        question.setVisible(page.kind() == ThreadKind.CASE_CONSULTATION);
        question.setId("resubmit-question");
        for (var field : java.util.List.of(title, body, question)) {
            field.setWidth("min(44em, 85vw)");
        }
        Button send = new Button("Resubmit for review", e -> {
            Forms.clearErrors(Map.of("title", title, "body", body, "question", question));
            try {
                threads.resubmit(page.id(), title.getValue(), body.getValue(), question.getValue());
                dialog.close();
                Forms.success("Resubmitted. A supervisor will review it again.");
                changed.run();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("title", title, "body", body, "question", question));
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("resubmit");
        dialog.add(new Div(title), new Div(body), new Div(question));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), send);
        dialog.open();
    }
}
