package org.securebase.threads.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.securebase.groups.CovenantRequiredException;
import org.securebase.groups.GroupService;
import org.securebase.risk.CrisisResources;
import org.securebase.security.Roles;
import org.securebase.tags.TagService;
import org.securebase.threads.CommentItem;
import org.securebase.threads.DraftService;
import org.securebase.threads.Flagging;
import org.securebase.threads.RecusedException;
import org.securebase.threads.ThreadEvents;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadPage;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadStatus;
import org.securebase.ui.Forms;
import org.securebase.ui.ReasonDialog;
import org.securebase.vignettes.IdentifierGuard;
import org.springframework.security.access.AccessDeniedException;

/**
 * A thread like the comment discussion under a blog post, read as one page: the post and its numbered comments
 * scroll together in one lazy list that fills the window, under a compact bar that keeps the title and the reader's
 * place ("12 / 47", a jump to any position or to the newest comment). New comments arrive live behind a marker.
 */
@Route("threads/:threadId")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
public class ThreadView extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle, CommentCard.Actions, PostBlock.Actions {

    /** One column, the post first: it asks for rows a page at a time as the reader scrolls. */
    final Grid<ThreadEntry> comments = new Grid<>();

    ReadingBar bar;
    Composer composer;

    private final ThreadService threads;
    private final DraftService drafts;
    private final ThreadEvents events;
    private final IdentifierGuard guard;
    private final CrisisResources crisis;
    private final PostBlock.Services postServices;
    private final ThreadModeration threadModeration;
    private final Flagging flagging;
    private long threadId;
    private ThreadPage page;
    private int commentCount;
    private CommentDialogs dialogs;
    private CallbackDataProvider<ThreadEntry, Void> provider;
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
            GroupService groups,
            org.securebase.threads.ConsultationLoop loop,
            org.securebase.threads.ConsultationNotes notes) {
        this.threads = threads;
        this.drafts = drafts;
        this.events = events;
        this.guard = guard;
        this.crisis = crisis;
        this.flagging = flagging;
        this.threadModeration = threadModeration;
        this.postServices =
                new PostBlock.Services(threads, tags, flagging, threadModeration, groups, loop, notes, guard);
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
        removeClassName("sb-thread-page");
        try {
            threadId = Long.parseLong(event.getRouteParameters().get("threadId").orElse(""));
            page = threads.open(threadId);
        } catch (CovenantRequiredException e) {
            page = null;
            event.forwardTo(
                    "groups/" + e.groupId() + "/covenant", QueryParameters.of("continue", "threads/" + threadId));
            return;
        } catch (RecusedException e) {
            page = null;
            H1 recused = new H1("You stepped out of this consultation");
            recused.setId("thread-recused");
            add(recused, new Paragraph(e.getMessage()));
            return;
        } catch (NumberFormatException | AccessDeniedException e) {
            page = null;
            H1 refused = new H1("This thread is not available");
            refused.setId("thread-refused");
            add(
                    refused,
                    new Paragraph("It may be in a private group you are not a member of, or it no longer exists."));
            return;
        }
        addClassName("sb-thread-page");
        setHeightFull();
        setSpacing(false);
        dialogs = new CommentDialogs(threads, threadModeration, threadId);
        commentCount = threads.commentCount(threadId);
        configureList();
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
        composer.addClassName("sb-docked-composer");
        bar = new ReadingBar(page.title(), comments::scrollToIndex, this::showNewest, this::showUnseen);
        bar.total(commentCount);
        add(bar, comments, composer);
        setFlexGrow(1, comments);
        scrollToLinkedComment(event);
    }

    private void configureList() {
        comments.addComponentColumn(this::row).setFlexGrow(1);
        comments.addThemeVariants(
                GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        comments.setSelectionMode(Grid.SelectionMode.NONE);
        comments.setPageSize(30);
        comments.setId("comments");
        comments.addClassName("sb-comments");
        comments.getElement().setAttribute("aria-label", "The post and its comments");
        provider = DataProvider.fromCallbacks(q -> rows(q.getOffset(), q.getLimit()), q -> 1 + commentCount);
        comments.setItems(provider);
    }

    private com.vaadin.flow.component.Component row(ThreadEntry entry) {
        if (entry.post()) {
            return new PostBlock(postServices, page, commentCount, this);
        }
        CommentItem c = entry.comment();
        CommentCard card = new CommentCard(c, this);
        card.setId("comment-" + c.id());
        if (linkedComment != null && c.id() == linkedComment) {
            card.addClassName("sb-comment-linked");
        }
        return card;
    }

    /** Row 0 is the post; row n is the n-th comment in reading order. */
    private Stream<ThreadEntry> rows(int offset, int limit) {
        List<ThreadEntry> rows = new ArrayList<>();
        if (offset == 0) {
            rows.add(ThreadEntry.POST);
        }
        int first = Math.max(0, offset - 1);
        int wanted = limit - rows.size();
        if (wanted > 0) {
            threads.comments(threadId, first, wanted).forEach(c -> rows.add(new ThreadEntry(c)));
        }
        return rows.stream();
    }

    /** The most recently written comment, wherever replies placed it in the reading order. */
    private void showNewest() {
        threads.newestComment(threadId)
                .ifPresentOrElse(
                        id -> comments.scrollToIndex(threads.positionOf(id) + 1),
                        () -> Forms.success("There are no comments yet."));
    }

    /** A link from search or a notification ({@code ?comment=ID}) opens the thread scrolled to that comment. */
    private void scrollToLinkedComment(BeforeEnterEvent event) {
        linkedComment = null;
        event.getLocation().getQueryParameters().getSingleParameter("comment").ifPresent(value -> {
            try {
                long id = Long.parseLong(value);
                int index = threads.positionOf(id);
                linkedComment = id;
                comments.scrollToIndex(index + 1);
            } catch (AccessDeniedException | IllegalArgumentException e) {
                // Not a comment of this thread that the reader may see: the thread opens at the top.
            }
        });
    }

    // --- live comments and the reading position ---

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (page == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        unsubscribe = events.subscribe(threadId, commentId -> ui.access(() -> arrived(commentId)));
        bar.follow(comments);
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
            unseen++;
            if (firstUnseen == null) {
                firstUnseen = commentId;
            }
            recount();
            bar.unseen(unseen);
        } catch (AccessDeniedException signedOutOrRemoved) {
            // The reader lost access (signed out, suspended, removed from the group): stop listening quietly.
            unsubscribe.run();
        }
    }

    private void recount() {
        commentCount = threads.commentCount(threadId);
        bar.total(commentCount);
        provider.refreshAll();
    }

    private void showUnseen() {
        if (firstUnseen != null) {
            comments.scrollToIndex(threads.positionOf(firstUnseen) + 1);
        }
        unseen = 0;
        firstUnseen = null;
    }

    private void posted(long commentId) {
        lastPostedByMe = commentId;
        recount();
        comments.scrollToIndex(threads.positionOf(commentId) + 1);
        Forms.success(
                threads.comment(commentId).hidden()
                        ? "Your comment is saved and waits for a supervisor's review before the group sees it."
                        : "Your comment is posted.");
    }

    private void redraw() {
        page = threads.open(threadId);
        provider.refreshAll();
    }

    // --- actions on the post ---

    @Override
    public void flagPost() {
        new FlagDialog(flagging, threadId, null).open();
    }

    @Override
    public void mayKnowClient() {
        new RecusalDialog(threads, threadId).open();
    }

    @Override
    public void redactPost() {
        dialogs.redact(null, this::redraw);
    }

    @Override
    public void editSummary() {
        dialogs.summary(page.summary(), this::redraw);
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
        dialogs.edit(comment, provider::refreshAll);
    }

    @Override
    public void delete(CommentItem comment) {
        dialogs.delete(comment, provider::refreshAll);
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
                        : "The group will no longer see it; its author and the supervisors still can.",
                reason -> {
                    threadModeration.hideComment(comment.id(), !comment.hidden(), reason);
                    provider.refreshAll();
                });
    }

    @Override
    public void merge(CommentItem comment) {
        dialogs.merge(comment, provider::refreshAll);
    }

    @Override
    public void redact(CommentItem comment) {
        dialogs.redact(comment.id(), provider::refreshAll);
    }

    @Override
    public void versions(CommentItem comment) {
        dialogs.versions(comment);
    }
}
