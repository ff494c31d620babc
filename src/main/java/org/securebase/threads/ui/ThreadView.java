package org.securebase.threads.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.securebase.groups.GroupService;
import org.securebase.risk.CrisisResources;
import org.securebase.shared.InvalidInputException;
import org.securebase.tags.TagChips;
import org.securebase.tags.TagService;
import org.securebase.threads.CommentItem;
import org.securebase.threads.DraftService;
import org.securebase.threads.Flagging;
import org.securebase.threads.ThreadEvents;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadPage;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadStatus;
import org.securebase.ui.Badges;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;
import org.securebase.ui.ReasonDialog;
import org.securebase.ui.Times;
import org.securebase.vignettes.IdentifierGuard;
import org.springframework.security.access.AccessDeniedException;

/**
 * A thread like the comment discussion under a blog post: the post, then numbered comments with replies beneath.
 * Comments load lazily in a virtual list, and new ones arrive live behind a "new comments" marker.
 */
@Route("threads/:threadId")
@RolesAllowed({"THERAPIST", "SUPERVISOR", "ADMIN"})
public class ThreadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, CommentCard.Actions {

    /** A one-column grid: it asks for comments a page (50) at a time as the reader scrolls. */
    final Grid<CommentItem> comments = new Grid<>();

    final Button newComments = new Button();
    final Div summary = new Div();
    final H2 commentTotal = new H2();
    Composer composer;

    private final ThreadService threads;
    private final DraftService drafts;
    private final ThreadEvents events;
    private final IdentifierGuard guard;
    private final CrisisResources crisis;
    private final TagService tags;
    private final Flagging flagging;
    private final ThreadModeration threadModeration;
    private final GroupService groups;
    private long threadId;
    private ThreadPage page;
    private CallbackDataProvider<CommentItem, Void> provider;
    private Runnable unsubscribe = () -> {};
    private int unseen;
    private Long firstUnseen;
    private Long lastPostedByMe;
    private Long linkedComment;

    public ThreadView(
            ThreadService threads,
            DraftService drafts,
            ThreadEvents events,
            IdentifierGuard guard,
            CrisisResources crisis,
            TagService tags,
            Flagging flagging,
            ThreadModeration threadModeration,
            GroupService groups) {
        this.tags = tags;
        this.flagging = flagging;
        this.threadModeration = threadModeration;
        this.groups = groups;
        this.guard = guard;
        this.crisis = crisis;
        this.threads = threads;
        this.drafts = drafts;
        this.events = events;
        addClassName("sb-page");
    }

    long threadIdForTest() {
        return threadId;
    }

    @Override
    public String getPageTitle() {
        return (page == null ? "Thread" : page.title()) + " · SecureBase";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            threadId = Long.parseLong(event.getRouteParameters().get("threadId").orElse(""));
            page = threads.open(threadId);
        } catch (NumberFormatException | AccessDeniedException e) {
            page = null;
            H1 refused = new H1("This thread is not available");
            refused.setId("thread-refused");
            add(
                    refused,
                    new Paragraph(
                            "It may be in a private group you are not a member of, or it no longer " + "exists."));
            return;
        }
        Runnable reload = () -> UI.getCurrent().refreshCurrentRoute(false);
        add(header(), new ThreadStatusPanel(threads, page, reload));
        if (page.canModerate()) {
            add(new ThreadModerationBar(threadModeration, threads, groups, page, reload));
        }
        add(summary, post());
        renderSummary();
        commentTotal.setId("comment-total");
        showCount(page.commentCount());
        add(commentTotal);
        newComments.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        newComments.setVisible(false);
        newComments.setId("new-comments");
        newComments.addClickListener(e -> showUnseen());
        comments.addComponentColumn(c -> {
                    CommentCard card = new CommentCard(c, this);
                    card.setId("comment-" + c.id());
                    if (linkedComment != null && c.id() == linkedComment) {
                        card.addClassName("sb-comment-linked");
                    }
                    return card;
                })
                .setFlexGrow(1);
        comments.addThemeVariants(
                GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        comments.setSelectionMode(Grid.SelectionMode.NONE);
        comments.setPageSize(30);
        comments.setId("comments");
        comments.addClassName("sb-comments");
        provider = DataProvider.fromCallbacks(
                q -> threads.comments(threadId, q.getOffset(), q.getLimit()).stream(),
                q -> threads.commentCount(threadId));
        comments.setItems(provider);
        scrollToLinkedComment(event);
        composer = new Composer(
                threads,
                drafts,
                threadId,
                this::posted,
                page.kind() == ThreadKind.CASE_CONSULTATION ? guard : null,
                crisis);
        composer.setVisible(page.status() == ThreadStatus.PUBLISHED
                && !page.moderation().hidden()
                && page.moderation().mergedInto() == null
                && (!page.moderation().locked() || page.canModerate()));
        add(newComments, comments, composer);
        // The list scrolls inside itself so that only the comments near the screen exist in the browser.
        comments.setHeight("75vh");
    }

    /** A link from search or a notification ({@code ?comment=ID}) opens the thread scrolled to that comment. */
    private void scrollToLinkedComment(BeforeEnterEvent event) {
        linkedComment = null;
        event.getLocation().getQueryParameters().getSingleParameter("comment").ifPresent(value -> {
            try {
                long id = Long.parseLong(value);
                int position = threads.positionOf(id);
                linkedComment = id;
                comments.scrollToIndex(position);
            } catch (AccessDeniedException | IllegalArgumentException e) {
                // Not a comment of this thread that the reader may see: the thread opens at the top.
            }
        });
    }

    private VerticalLayout header() {
        H1 title = new H1(page.title());
        title.setId("thread-title");
        RouterLink group = new RouterLink(
                page.groupName(), GroupView.class, new RouteParameters("groupId", Long.toString(page.groupId())));
        HorizontalLayout meta =
                new HorizontalLayout(Badges.of(page.kind().label(), null), group, new Span(page.author()));
        Badges.staff(page.authorBadge()).ifPresent(meta::add);
        meta.add(Times.relative(page.createdAt()));
        if (page.editedAt() != null) {
            meta.add(Badges.of("edited", null));
        }
        meta.setAlignItems(FlexComponent.Alignment.BASELINE);
        meta.setWrap(true);
        meta.addClassName("sb-muted");
        FlexLayout tagLine = TagChips.of(page.tags());
        tagLine.setId("thread-tags");
        if (page.canModerate() || page.mine()) {
            Button retag = new Button(
                    page.tags().isEmpty() ? "Add tags" : "Edit tags",
                    e -> new RetagDialog(
                                    threads, tags, page, () -> UI.getCurrent().refreshCurrentRoute(false))
                            .open());
            retag.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            retag.setId("edit-tags");
            tagLine.add(retag);
            tagLine.setVisible(true);
        }
        VerticalLayout header = new VerticalLayout(title, meta, tagLine);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private Div post() {
        Div body = new Div();
        body.addClassName("sb-markdown");
        body.addClassName("sb-post");
        body.setId("thread-body");
        body.getElement().setProperty("innerHTML", page.bodyHtml());
        Div post = new Div(body);
        if (page.question() != null) {
            Div question = new Div(new Span("Question for colleagues: "), new Span(page.question()));
            question.addClassName("sb-question");
            question.setId("thread-question");
            post.add(question);
        }
        if (!page.mine()) {
            Button flag = new Button("Flag", e -> new FlagDialog(flagging, threadId, null).open());
            flag.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            flag.setId("flag-post");
            post.add(flag);
        }
        if (page.canModerate()) {
            Button redact = new Button("Redact", e -> openRedaction(null));
            redact.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            redact.setId("redact-post");
            post.add(redact);
        }
        if (page.canSummarise()) {
            Button write = new Button(
                    page.summary() == null ? "Write a consultation summary" : "Edit summary", e -> editSummary());
            write.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            write.setId("write-summary");
            post.add(write);
        }
        return post;
    }

    private void renderSummary() {
        summary.removeAll();
        summary.setVisible(page.summary() != null);
        if (page.summary() != null) {
            summary.addClassName("sb-summary");
            summary.setId("thread-summary");
            Span heading = new Span("Consultation summary");
            heading.addClassName("sb-summary-heading");
            summary.add(heading, new Paragraph(page.summary()), mutedLine("by " + page.summaryBy()));
        }
    }

    private static Span mutedLine(String text) {
        Span span = new Span(text);
        span.addClassName("sb-muted");
        return span;
    }

    private void editSummary() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Consultation summary");
        TextArea text = Limits.limit(new TextArea("What the consultation concluded"), ThreadService.SUMMARY_LIMIT);
        text.setWidth("min(36em, 80vw)");
        text.setValue(page.summary() == null ? "" : page.summary());
        text.setId("summary-text");
        Button save = new Button("Save summary", e -> {
            try {
                threads.summarise(threadId, text.getValue());
                page = threads.open(threadId);
                renderSummary();
                dialog.close();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("summary", text));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-summary");
        dialog.add(text);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    // --- live comments ---

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (page == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        unsubscribe = events.subscribe(threadId, commentId -> ui.access(() -> arrived(commentId)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
        super.onDetach(detachEvent);
    }

    private void arrived(long commentId) {
        if (lastPostedByMe != null && lastPostedByMe == commentId) {
            return;
        }
        try {
            announce(commentId);
        } catch (AccessDeniedException signedOutOrRemoved) {
            // The reader lost access (signed out, suspended, removed from the group): stop listening quietly.
            unsubscribe.run();
        }
    }

    private void announce(long commentId) {
        unseen++;
        if (firstUnseen == null) {
            firstUnseen = commentId;
        }
        provider.refreshAll();
        showCount(threads.commentCount(threadId));
        newComments.setText(unseen == 1 ? "1 new comment: show" : unseen + " new comments: show");
        newComments.setVisible(true);
    }

    private void showCount(int count) {
        commentTotal.setText(count == 1 ? "1 comment" : count + " comments");
    }

    private void showUnseen() {
        if (firstUnseen != null) {
            comments.scrollToIndex(threads.positionOf(firstUnseen));
        }
        unseen = 0;
        firstUnseen = null;
        newComments.setVisible(false);
    }

    private void posted(long commentId) {
        lastPostedByMe = commentId;
        provider.refreshAll();
        showCount(threads.commentCount(threadId));
        comments.scrollToIndex(threads.positionOf(commentId));
        Forms.success(
                threads.comment(commentId).hidden()
                        ? "Your comment is saved and waits for a supervisor's review before the group sees it."
                        : "Your comment is posted.");
    }

    // --- actions on a comment ---

    @Override
    public void reply(CommentItem comment) {
        composer.replyTo(comment);
    }

    @Override
    public void quote(CommentItem comment) {
        composer.quote(comment);
    }

    @Override
    public void edit(CommentItem comment) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(comment.mine() ? "Edit your comment" : "Edit this comment as a supervisor");
        TextArea text = Limits.limit(new TextArea(), ThreadService.COMMENT_LIMIT);
        text.setWidth("min(40em, 85vw)");
        text.setMinHeight("10em");
        text.setValue(comment.markdown());
        text.setId("edit-comment-text");
        Button save = new Button("Save", e -> {
            try {
                threads.editComment(comment.id(), text.getValue());
                provider.refreshAll();
                dialog.close();
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("body", text));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-comment-edit");
        dialog.add(
                new Paragraph(
                        comment.mine()
                                ? "Your earlier version is kept; you and the group's supervisors can see it."
                                : "The earlier version is kept; its author and the group's supervisors can see it. The audit trail "
                                        + "records the edit."),
                text);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public void delete(CommentItem comment) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete this comment?",
                "It will show as \"Comment removed\" so that replies keep their place.",
                "Delete",
                e -> {
                    threads.deleteComment(comment.id());
                    provider.refreshAll();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public void helpful(CommentItem comment) {
        threads.markHelpful(comment.id(), !comment.helpful());
        provider.refreshAll();
    }

    @Override
    public void flag(CommentItem comment) {
        new FlagDialog(flagging, threadId, comment.id()).open();
    }

    @Override
    public void hide(CommentItem comment) {
        ReasonDialog.ask(
                comment.hidden() ? "Restore this comment" : "Hide this comment",
                comment.hidden()
                        ? "The group will see it again."
                        : "The group will no longer see it; its author " + "and the supervisors still can.",
                reason -> {
                    threadModeration.hideComment(comment.id(), !comment.hidden(), reason);
                    provider.refreshAll();
                });
    }

    @Override
    public void merge(CommentItem comment) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Merge a duplicate comment");
        com.vaadin.flow.component.textfield.IntegerField number =
                new com.vaadin.flow.component.textfield.IntegerField("Number of the comment it repeats");
        number.setId("merge-comment-number");
        number.setWidthFull();
        Button ok = new Button("Merge", e -> {
            var target = threads.comments(threadId, 0, Integer.MAX_VALUE).stream()
                    .filter(c -> number.getValue() != null && number.getValue().equals(c.number()))
                    .findFirst();
            if (target.isEmpty()) {
                number.setErrorMessage("No top-level comment has that number.");
                number.setInvalid(true);
                return;
            }
            try {
                threadModeration.mergeComment(comment.id(), target.get().id(), "duplicate");
                provider.refreshAll();
                dialog.close();
            } catch (InvalidInputException ex) {
                number.setErrorMessage(ex.getMessage());
                number.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("confirm-merge-comment");
        dialog.add(new Paragraph("This comment will be hidden and point readers to the one it repeats."), number);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public void redact(CommentItem comment) {
        openRedaction(comment.id());
    }

    /** A supervisor removes a span from the post (commentId null) or a comment, and from its earlier versions. */
    void openRedaction(Long commentId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(commentId == null ? "Redact from the post" : "Redact from this comment");
        com.vaadin.flow.component.textfield.TextField span =
                Limits.limit(new com.vaadin.flow.component.textfield.TextField("Exact text to redact"), 500);
        span.setWidthFull();
        span.setId("redact-text");
        com.vaadin.flow.component.textfield.TextField reason = Limits.limit(
                new com.vaadin.flow.component.textfield.TextField(
                        "Reason (kept in the audit trail; do not repeat " + "the text)"),
                300);
        reason.setWidthFull();
        reason.setId("redact-reason");
        Button confirm = new Button("Redact everywhere", e -> {
            try {
                threads.redact(threadId, commentId, span.getValue(), reason.getValue());
                dialog.close();
                if (commentId == null) {
                    getUI().ifPresent(ui -> ui.getPage().reload()); // the post is drawn once; draw it again
                } else {
                    provider.refreshAll();
                }
                Forms.success("Redacted from the current text and every earlier version.");
            } catch (InvalidInputException ex) {
                Forms.showErrors(ex, Map.of("text", span, "reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("confirm-redact");
        dialog.add(
                new Paragraph("Every occurrence is replaced by " + ThreadService.REDACTED
                        + ", also in earlier versions. The audit trail records that you redacted, not what."),
                span,
                reason);
        dialog.setWidth("min(36em, 90vw)");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public void versions(CommentItem comment) {
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
}
