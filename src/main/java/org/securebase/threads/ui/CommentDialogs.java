package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.CommentItem;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadService;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;

/**
 * The dialogs a thread's readers and supervisors open on the post or a comment. Each one calls the service and,
 * when it succeeded, {@code done}, which redraws what changed; a refused input keeps its text and shows why.
 */
final class CommentDialogs {

    private final ThreadService threads;
    private final ThreadModeration moderation;
    private final long threadId;

    CommentDialogs(ThreadService threads, ThreadModeration moderation, long threadId) {
        this.threads = threads;
        this.moderation = moderation;
        this.threadId = threadId;
    }

    void summary(String current, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Consultation summary");
        TextArea text = Limits.limit(new TextArea("What the consultation concluded"), ThreadService.SUMMARY_LIMIT);
        text.setWidth("min(36em, 80vw)");
        text.setValue(current == null ? "" : current);
        text.setId("summary-text");
        Button save = primary("Save summary", "save-summary", () -> {
            try {
                threads.summarise(threadId, text.getValue());
                dialog.close();
                done.run();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("summary", text));
            }
        });
        dialog.add(text);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    void edit(CommentItem comment, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(comment.mine() ? "Edit your comment" : "Edit this comment as a supervisor");
        TextArea text = Limits.limit(new TextArea(), ThreadService.COMMENT_LIMIT);
        text.setWidth("min(40em, 85vw)");
        text.setMinHeight("10em");
        text.setValue(comment.markdown());
        text.setId("edit-comment-text");
        Button save = primary("Save", "save-comment-edit", () -> {
            try {
                threads.editComment(comment.id(), text.getValue());
                dialog.close();
                done.run();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("body", text));
            }
        });
        dialog.add(
                new Paragraph(
                        comment.mine()
                                ? "Your earlier version is kept; you and the group's supervisors can see it."
                                : "The earlier version is kept; its author and the group's supervisors can see it. "
                                        + "The audit trail records the edit."),
                text);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    void delete(CommentItem comment, Runnable done) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete this comment?",
                "It will show as \"Comment removed\" so that replies keep their place.",
                "Delete",
                e -> {
                    threads.deleteComment(comment.id());
                    done.run();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void merge(CommentItem comment, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Merge a duplicate comment");
        IntegerField number = new IntegerField("Number of the comment it repeats");
        number.setId("merge-comment-number");
        number.setWidthFull();
        Button ok = primary("Merge", "confirm-merge-comment", () -> {
            var target = threads.comments(threadId, 0, Integer.MAX_VALUE).stream()
                    .filter(c -> number.getValue() != null && number.getValue().equals(c.number()))
                    .findFirst();
            if (target.isEmpty()) {
                number.setErrorMessage("No top-level comment has that number.");
                number.setInvalid(true);
                return;
            }
            try {
                moderation.mergeComment(comment.id(), target.get().id(), "duplicate");
                dialog.close();
                done.run();
            } catch (InvalidInputException ex) {
                number.setErrorMessage(ex.getMessage());
                number.setInvalid(true);
            }
        });
        dialog.add(new Paragraph("This comment will be hidden and point readers to the one it repeats."), number);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    /** A supervisor removes a span from the post (commentId null) or a comment, and from its earlier versions. */
    void redact(Long commentId, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(commentId == null ? "Redact from the post" : "Redact from this comment");
        TextField span = Limits.limit(new TextField("Exact text to redact"), 500);
        span.setWidthFull();
        span.setId("redact-text");
        TextField reason = Limits.limit(new TextField("Reason (kept in the audit trail; do not repeat the text)"), 300);
        reason.setWidthFull();
        reason.setId("redact-reason");
        Button confirm = primary("Redact everywhere", "confirm-redact", () -> {
            try {
                threads.redact(threadId, commentId, span.getValue(), reason.getValue());
                dialog.close();
                done.run();
                Forms.success("Redacted from the current text and every earlier version.");
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("text", span, "reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.ERROR);
        dialog.add(
                new Paragraph("Every occurrence is replaced by " + ThreadService.REDACTED
                        + ", also in earlier versions. The audit trail records that you redacted, not what."),
                span,
                reason);
        dialog.setWidth("min(36em, 90vw)");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    void versions(CommentItem comment) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Earlier versions");
        threads.revisions(threadId, comment.id()).forEach(text -> {
            Paragraph p = new Paragraph(text);
            p.addClassName("sb-revision");
            dialog.add(p);
        });
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private static Button primary(String label, String id, Runnable click) {
        Button button = new Button(label, e -> click.run());
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setId(id);
        return button;
    }
}
