package org.securebase.threads.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.securebase.risk.CrisisResources;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.CommentItem;
import org.securebase.threads.DraftService;
import org.securebase.threads.Posted;
import org.securebase.threads.ThreadService;
import org.securebase.ui.Forms;
import org.securebase.vignettes.IdentifierGuard;
import org.securebase.vignettes.IdentifierPanel;

/**
 * Writes a comment or a reply: Markdown with a live character count, a preview, @mentions, and a draft saved on
 * the server as the author types, so nothing is lost if the page closes or posting is refused.
 */
class Composer extends Composite<VerticalLayout> {

    final TextArea body = new TextArea("Your comment");
    final Div preview = new Div();
    final Button previewToggle = new Button("Preview");
    final Checkbox anonymous = new Checkbox("Post as \"Anonymous member\" (supervisors still see who)");
    final ComboBox<String> mention = new ComboBox<>();
    final Span replyingTo = new Span();
    final Button cancelReply = new Button("Cancel reply");
    final Button post = new Button("Post comment");
    /** Why the last comment waits for a supervisor; it stays until the next comment is posted. */
    final Span held = new Span();

    private final ThreadService threads;
    private final DraftService drafts;
    private final long threadId;
    private final LongConsumer onPosted;
    private Long parentId;
    private final CrisisResources crisis;
    final IdentifierPanel identifiers;

    /** On a case consultation, comments go through the identifier check too; elsewhere {@code guard} is null. */
    Composer(
            ThreadService threads,
            DraftService drafts,
            long threadId,
            LongConsumer onPosted,
            IdentifierGuard guard,
            CrisisResources crisis) {
        this.crisis = crisis;
        this.identifiers = guard == null ? null : new IdentifierPanel(guard);
        this.threads = threads;
        this.drafts = drafts;
        this.threadId = threadId;
        this.onPosted = onPosted;

        body.setWidthFull();
        body.setMinHeight("8em");
        body.setMaxLength(ThreadService.COMMENT_LIMIT);
        body.setId("comment-body");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(600);
        body.setPlaceholder("Markdown works: **bold**, *italic*, lists, > quotes, [links](https://...)");
        body.addValueChangeListener(e -> {
            updateCounter();
            if (e.isFromClient()) {
                drafts.save(draftKey(), null, e.getValue());
            }
        });
        preview.addClassName("sb-markdown");
        preview.addClassName("sb-preview");
        preview.setVisible(false);
        preview.setId("comment-preview");
        previewToggle.addThemeVariants(ButtonVariant.TERTIARY);
        previewToggle.addClickListener(e -> togglePreview());
        previewToggle.setId("preview-toggle");

        mention.setPlaceholder("Mention a colleague");
        mention.setAriaLabel("Mention a colleague");
        mention.setItems(query -> threads.mentionable(threadId).stream()
                .filter(n ->
                        n.toLowerCase().contains(query.getFilter().orElse("").toLowerCase()))
                .skip(query.getOffset())
                .limit(query.getLimit()));
        mention.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                insert("@" + e.getValue() + " ");
                mention.clear();
            }
        });

        replyingTo.addClassName("sb-muted");
        replyingTo.setId("replying-to");
        cancelReply.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        cancelReply.addClickListener(e -> replyTo(null));
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.setId("post-comment");
        post.addClickListener(e -> submit());

        HorizontalLayout replyLine = new HorizontalLayout(replyingTo, cancelReply);
        replyLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(post, previewToggle, mention);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        getContent().add(replyLine, body, preview);
        if (identifiers != null) {
            body.setValueChangeMode(ValueChangeMode.TIMEOUT);
            body.setValueChangeTimeout(400);
            identifiers.forThread(threadId);
            identifiers.watch("body", body);
            identifiers.setId("comment-identifiers");
            identifiers.refresh();
            getContent().add(identifiers);
        }
        held.setId("comment-held");
        held.getElement().setAttribute("role", "status");
        held.addClassName("sb-muted");
        held.setVisible(false);
        getContent().add(anonymous, actions, held);
        getContent().setPadding(false);
        getContent().addClassName("sb-composer");
        replyTo(null);
        drafts.load(draftKey()).ifPresent(d -> body.setValue(d.body()));
        updateCounter();
    }

    /** Reply beneath a comment (null: a new top-level comment). */
    void replyTo(CommentItem comment) {
        parentId = comment == null ? null : comment.id();
        replyingTo.setText(
                comment == null
                        ? ""
                        : "Replying to " + comment.author()
                                + (comment.number() != null ? " (comment " + comment.number() + ")" : ""));
        replyingTo.setVisible(comment != null);
        cancelReply.setVisible(comment != null);
        body.setLabel(comment == null ? "Your comment" : "Your reply");
        post.setText(comment == null ? "Post comment" : "Post reply");
        if (comment != null) {
            body.focus();
        }
    }

    void quote(CommentItem comment) {
        replyTo(comment);
        String quoted = comment.markdown()
                .lines()
                .map(l -> "> " + l)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
        insert(quoted + "\n\n");
    }

    private void insert(String text) {
        String current = body.getValue();
        body.setValue(current.isEmpty() || current.endsWith("\n") ? current + text : current + "\n" + text);
        drafts.save(draftKey(), null, body.getValue());
        body.focus();
    }

    private void togglePreview() {
        MarkdownFields.togglePreview(body, preview, previewToggle);
    }

    private void updateCounter() {
        MarkdownFields.showCount(body, ThreadService.COMMENT_LIMIT);
    }

    private void submit() {
        body.setInvalid(false);
        try {
            String text = body.getValue();
            Posted posted = threads.submitComment(
                    threadId,
                    parentId,
                    text,
                    anonymous.getValue(),
                    identifiers == null ? java.util.Set.of() : identifiers.notIdentifying());
            long id = posted.id();
            held.setText(posted.heldForReview() ? heldMessage(posted.heldBecause()) : "");
            held.setVisible(posted.heldForReview());
            if (posted.writerMayBeAtRisk()) {
                new CrisisDialog(posted.risk(), crisis).open();
            }
            drafts.discard(draftKey());
            body.clear();
            if (preview.isVisible()) {
                togglePreview();
            }
            replyTo(null);
            onPosted.accept(id);
        } catch (InvalidInputException e) {
            Forms.showErrors(e, Map.of("body", body));
            if (identifiers != null) {
                identifiers.refresh();
            }
        }
    }

    /** The member's text is kept: stored, shown to them and to supervisors, and published once approved. */
    static String heldMessage(String reason) {
        return "Your comment waits for a supervisor's review before others see it. " + reason
                + ". Your text is kept, and you can see it in the thread meanwhile.";
    }

    private String draftKey() {
        return "comment:" + threadId;
    }

    List<String> mentionSuggestions() {
        return threads.mentionable(threadId);
    }
}
