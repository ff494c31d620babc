package org.securebase.threads;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.securebase.vignettes.Disclosure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Threads and their comments, under their group's access rules: the module's entry point for views and other
 * modules. Each kind of work is done by its own package-private service; ThreadReading holds the rules they share.
 */
@Service
public class ThreadService {

    public static final int TITLE_LIMIT = 200;
    public static final int POST_LIMIT = 20_000;
    public static final int COMMENT_LIMIT = 10_000;
    public static final int QUESTION_LIMIT = 2_000;
    public static final int SUMMARY_LIMIT = 2_000;
    static final int MAX_DEPTH = 40;
    public static final String REDACTED = "[redacted]";

    private final ThreadQueries queries;
    private final ThreadPosting posting;
    private final ThreadEdits edits;
    private final ThreadTagging tagging;
    private final CommentPosting commentPosting;
    private final CommentEdits commentEdits;
    private final Redaction redaction;
    private final Recusals recusals;

    ThreadService(
            ThreadQueries queries,
            ThreadPosting posting,
            ThreadEdits edits,
            ThreadTagging tagging,
            CommentPosting commentPosting,
            CommentEdits commentEdits,
            Redaction redaction,
            Recusals recusals) {
        this.recusals = recusals;
        this.queries = queries;
        this.posting = posting;
        this.edits = edits;
        this.tagging = tagging;
        this.commentPosting = commentPosting;
        this.commentEdits = commentEdits;
        this.redaction = redaction;
    }

    // --- reading ---

    @Transactional(readOnly = true)
    public List<ThreadSummary> threads(ThreadQuery query, int offset, int limit) {
        return queries.threads(query, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(ThreadQuery query) {
        return queries.count(query);
    }

    @Transactional(readOnly = true)
    public ThreadPage open(long threadId) {
        return queries.open(threadId);
    }

    @Transactional(readOnly = true)
    public List<CommentItem> comments(long threadId, int offset, int limit) {
        return queries.comments(threadId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int commentCount(long threadId) {
        return queries.commentCount(threadId);
    }

    @Transactional(readOnly = true)
    public CommentItem comment(long commentId) {
        return queries.comment(commentId);
    }

    /** The most recent comment that is not deleted, for the thread's "Newest" jump. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> newestComment(long threadId) {
        return queries.newestComment(threadId);
    }

    /** Index of a comment in reading order, so a view can scroll to it. */
    @Transactional(readOnly = true)
    public int positionOf(long commentId) {
        return queries.positionOf(commentId);
    }

    /** Earlier versions of the post (commentId null) or of a comment: for its author and the group's moderators. */
    @Transactional(readOnly = true)
    public List<String> revisions(long threadId, Long commentId) {
        return queries.revisions(threadId, commentId);
    }

    /** Display names of everyone who can read this thread, for @mentions. */
    @Transactional(readOnly = true)
    public List<String> mentionable(long threadId) {
        return queries.mentionable(threadId);
    }

    // --- the post ---

    @Transactional
    public long create(long groupId, ThreadKind kind, String title, String body, String question, boolean anonymous) {
        return posting.create(groupId, kind, title, body, question, anonymous, Disclosure.none(), List.of())
                .id();
    }

    /**
     * A case consultation is stored only when no unresolved identifier remains in it and the author attests that
     * identifying details are removed, consent or disguise is in place, and no images or recordings are included.
     */
    @Transactional
    public long create(
            long groupId,
            ThreadKind kind,
            String title,
            String body,
            String question,
            boolean anonymous,
            Disclosure disclosure,
            Collection<String> tagSlugs) {
        return submit(groupId, kind, title, body, question, anonymous, disclosure, tagSlugs)
                .id();
    }

    /** As {@code create}, and says what screening read in the writer's words. */
    @Transactional
    public Posted submit(
            long groupId,
            ThreadKind kind,
            String title,
            String body,
            String question,
            boolean anonymous,
            Disclosure disclosure,
            Collection<String> tagSlugs) {
        return posting.create(groupId, kind, title, body, question, anonymous, disclosure, tagSlugs);
    }

    @Transactional
    public void edit(long threadId, String title, String body, String question) {
        edits.edit(threadId, title, body, question);
    }

    /**
     * The author of a thread a supervisor sent back for changes edits it and sends it for review again; it
     * goes back to the queue.
     */
    @Transactional
    public void resubmit(long threadId, String title, String body, String question) {
        edits.resubmit(threadId, title, body, question);
    }

    /** The consultation summary shown at the top, written by the thread's author or a supervisor of the group. */
    @Transactional
    public void summarise(long threadId, String summary) {
        edits.summarise(threadId, summary);
    }

    /**
     * Changes a thread's tags: its author may, and so may the group's supervisors, whose retagging is recorded in
     * the moderation trail.
     */
    @Transactional
    public void retag(long threadId, Collection<String> tagSlugs) {
        tagging.retag(threadId, tagSlugs);
    }

    // --- comments ---

    @Transactional
    public long postComment(long threadId, Long parentId, String body, boolean anonymous) {
        return commentPosting
                .postComment(threadId, parentId, body, anonymous, Set.of())
                .id();
    }

    /** Comments on a case consultation go through the same identifier check as the vignette. */
    @Transactional
    public long postComment(long threadId, Long parentId, String body, boolean anonymous, Set<String> notIdentifying) {
        return submitComment(threadId, parentId, body, anonymous, notIdentifying)
                .id();
    }

    /** As {@code postComment}, and says what screening read in the writer's words. */
    @Transactional
    public Posted submitComment(
            long threadId, Long parentId, String body, boolean anonymous, Set<String> notIdentifying) {
        return commentPosting.postComment(threadId, parentId, body, anonymous, notIdentifying);
    }

    @Transactional
    public void editComment(long commentId, String body) {
        commentEdits.editComment(commentId, body);
    }

    /** Soft delete: "comment removed" stays in place so replies keep their parent; the text stays as a revision. */
    @Transactional
    public void deleteComment(long commentId) {
        commentEdits.deleteComment(commentId);
    }

    @Transactional
    public void markHelpful(long commentId, boolean helpful) {
        commentEdits.markHelpful(commentId, helpful);
    }

    // --- redaction ---

    /**
     * A supervisor removes a span from a published post (commentId null) or comment: from the current text and
     * from every stored revision, and from whatever copied it (notifications, queue items, flag notes, the audit
     * trail's descriptions: see RedactionSweep). The audit trail records that a redaction happened, never the text.
     */
    @Transactional
    public void redact(long threadId, Long commentId, String text, String reason) {
        redaction.redact(threadId, commentId, text, reason);
    }

    // --- "I may know this client" ---

    /**
     * A reader of a case consultation says privately that they may know the client: the thread is hidden from them
     * from now on, and its author (not told who) and the group's supervisors (told who, with the note) are notified.
     */
    @Transactional
    public void recuse(long threadId, String note) {
        recusals.recuse(threadId, note);
    }

    /** How many readers stepped out of a thread, who and why: for the group's supervisors and admins. */
    @Transactional(readOnly = true)
    public RecusalView recusals(long threadId) {
        return recusals.signals(threadId);
    }

    /** The threads a member stepped out of, which search leaves out as thread lists do. */
    @Transactional(readOnly = true)
    public Set<Long> steppedOutOf(long accountId) {
        return recusals.steppedOutOf(accountId);
    }
}
