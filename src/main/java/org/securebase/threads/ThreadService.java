package org.securebase.threads;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.audit.AuditTrail;
import org.securebase.deidentification.PlaceholderMap;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.groups.GroupRepository;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.ContentChanged;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.securebase.tags.TagRef;
import org.securebase.tags.TagService;
import org.securebase.vignettes.Disclosure;
import org.securebase.vignettes.IdentifierGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Threads and their comments, under their group's access rules. */
@Service
public class ThreadService {

    public static final int TITLE_LIMIT = 200;
    public static final int POST_LIMIT = 20_000;
    public static final int COMMENT_LIMIT = 10_000;
    public static final int QUESTION_LIMIT = 2_000;
    public static final int SUMMARY_LIMIT = 2_000;
    static final int MAX_DEPTH = 40;
    private static final java.time.format.DateTimeFormatter AT =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final RevisionRepository revisions;
    private final GroupRepository groups;
    private final AccountRepository accounts;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IdentifierGuard guard;
    private final AuditTrail audit;
    private final TagService tags;
    private final PostGate screen;
    private final GroupAccess groupAccess;
    private final RedactionSweep sweep;

    public ThreadService(
            ThreadRepository threads,
            CommentRepository comments,
            RevisionRepository revisions,
            GroupRepository groups,
            AccountRepository accounts,
            AccessPolicy access,
            ApplicationEventPublisher events,
            Clock clock,
            IdentifierGuard guard,
            AuditTrail audit,
            TagService tags,
            PostGate screen,
            GroupAccess groupAccess,
            RedactionSweep sweep) {
        this.groupAccess = groupAccess;
        this.sweep = sweep;
        this.tags = tags;
        this.screen = screen;
        this.guard = guard;
        this.audit = audit;
        this.threads = threads;
        this.comments = comments;
        this.revisions = revisions;
        this.groups = groups;
        this.accounts = accounts;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    // --- lists ---

    @Transactional(readOnly = true)
    public List<ThreadSummary> threads(ThreadQuery query, int offset, int limit) {
        Actor actor = access.requireActiveMember();
        Map<Long, ConsultationGroup> visible = visibleGroups(actor, query.groupId());
        if (visible.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, limit);
        Sort sort = switch (query.sort()) {
            case NEWEST -> Sort.by(Sort.Direction.DESC, "createdAt", "id");
            case MOST_COMMENTS -> Sort.by(Sort.Direction.DESC, "commentCount", "lastActivityAt");
            case LATEST_ACTIVITY -> Sort.by(Sort.Direction.DESC, "lastActivityAt", "id");
        };
        java.util.Optional<Set<Long>> tagIds = tags.idsOf(query.tags());
        if (tagIds.isEmpty()) {
            return List.of();
        }
        List<DiscussionThread> page = threads.find(
                visible.keySet(),
                query.kind(),
                query.unanswered(),
                query.mine() ? actor.id() : null,
                orNone(tagIds.get()),
                tagIds.get().size(),
                PageRequest.of(
                        offset / size,
                        size,
                        Sort.by(Sort.Direction.DESC, "pinned").and(sort)));
        Map<Long, Account> authors =
                authorsOf(page.stream().map(DiscussionThread::getAuthorId).toList());
        Map<Long, List<TagRef>> tagged =
                tags.tagsOf(page.stream().map(DiscussionThread::getId).toList());
        return page.stream()
                .map(t -> new ThreadSummary(
                        t.getId(),
                        t.getGroupId(),
                        visible.get(t.getGroupId()).getName(),
                        t.getKind(),
                        t.getTitle(),
                        label(
                                t.getAuthorId(),
                                t.getGuestName(),
                                t.isAnonymous(),
                                GroupAccess.canModerate(actor, visible.get(t.getGroupId())),
                                authors),
                        badge(t.getAuthorId(), t.isAnonymous(), authors),
                        t.getCreatedAt(),
                        t.getLastActivityAt(),
                        t.getCommentCount(),
                        t.getSummary() != null,
                        tagged.getOrDefault(t.getId(), List.of()),
                        t.isPinned()))
                .toList();
    }

    /** JPQL cannot bind an empty list to "in"; no tag has id -1. */
    private static Collection<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    @Transactional(readOnly = true)
    public int count(ThreadQuery query) {
        Actor actor = access.requireActiveMember();
        Map<Long, ConsultationGroup> visible = visibleGroups(actor, query.groupId());
        java.util.Optional<Set<Long>> tagIds = tags.idsOf(query.tags());
        return visible.isEmpty() || tagIds.isEmpty()
                ? 0
                : (int) threads.count(
                        visible.keySet(),
                        query.kind(),
                        query.unanswered(),
                        query.mine() ? actor.id() : null,
                        orNone(tagIds.get()),
                        tagIds.get().size());
    }

    private Map<Long, ConsultationGroup> visibleGroups(Actor actor, Long only) {
        Map<Long, ConsultationGroup> readable = groupAccess.readableGroups(actor);
        if (only != null) {
            readable.keySet().retainAll(Set.of(only));
        }
        return readable;
    }

    // --- the post ---

    @Transactional
    public long create(long groupId, ThreadKind kind, String title, String body, String question, boolean anonymous) {
        return create(groupId, kind, title, body, question, anonymous, Disclosure.none(), List.of());
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
        Actor actor = access.requireActiveMember();
        ConsultationGroup group = viewable(actor, groupId);
        if (kind == ThreadKind.REFLECTION_PROMPT && !GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Reflection prompts are posted by the group's supervisors.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Post post = null;
        try {
            post = validPost(kind, title, body, question);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        Set<Long> tagIds = Set.of();
        try {
            tagIds = tags.choose(tagSlugs, kind == ThreadKind.CASE_CONSULTATION);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        PlaceholderMap placeholders =
                disclosure.placeholders() != null ? disclosure.placeholders() : guard.placeholders(null);
        if (post != null && kind == ThreadKind.CASE_CONSULTATION) {
            Map<String, String> fields = caseFields(post);
            try {
                guard.requireResolved(fields, disclosure.notIdentifying(), placeholders);
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
            if (!disclosure.attested()) {
                errors.put("attestation", "Please confirm the three statements before posting.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PostGate.Screened screening = screen.before(
                actor.id(),
                PostGate.Post.THREAD,
                "body",
                post.title() + "\n" + post.body() + "\n" + (post.question() == null ? "" : post.question()));
        PostGate.Review review = kind == ThreadKind.CASE_CONSULTATION
                ? PostGate.Review.CASE_CONSULTATION
                : (group.getApprovalBelow() > 0
                                        && !GroupAccess.canModerate(actor, group)
                                        && threads.countByAuthorIdAndStatus(actor.id(), ThreadStatus.PUBLISHED)
                                                < group.getApprovalBelow())
                                || screening.holdForReview()
                        ? PostGate.Review.NEW_MEMBER
                        : null;
        DiscussionThread thread = new DiscussionThread(
                groupId, kind, post.title(), post.body(), post.question(), actor.id(), anonymous, clock.instant());
        if (review != null) {
            thread.status(ThreadStatus.AWAITING_REVIEW, null);
        }
        if (kind == ThreadKind.CASE_CONSULTATION) {
            thread.disclose(true, disclosure.notIdentifying());
        }
        thread.tag(tagIds);
        long id = threads.save(thread).getId();
        if (kind == ThreadKind.CASE_CONSULTATION) {
            guard.remember(id, placeholders);
        }
        screen.threadStored(groupId, id, actor.id(), review, screening);
        if (review == null) {
            events.publishEvent(new ThreadEvents.ThreadPublished(id));
        }
        events.publishEvent(ContentChanged.thread(id));
        return id;
    }

    @Transactional(readOnly = true)
    public ThreadPage open(long threadId) {
        Actor actor = access.requireActiveMember();
        DiscussionThread t = load(threadId);
        ConsultationGroup group = readable(actor, t);
        boolean moderates = GroupAccess.canModerate(actor, group);
        Map<Long, Account> authors = authorsOf(java.util.Collections.singletonList(t.getAuthorId()));
        return new ThreadPage(
                t.getId(),
                group.getId(),
                group.getName(),
                t.getKind(),
                t.getTitle(),
                Markdown.toHtml(t.getBody()),
                t.getBody(),
                t.getQuestion(),
                label(t.getAuthorId(), t.getGuestName(), t.isAnonymous(), moderates, authors),
                badge(t.getAuthorId(), t.isAnonymous(), authors),
                t.getCreatedAt(),
                t.getEditedAt(),
                t.getSummary(),
                t.getSummaryBy(),
                t.getCommentCount(),
                t.getAuthorId() != null && t.getAuthorId() == actor.id(),
                moderates,
                t.getStatus(),
                tags.tagsOf(t.getId()),
                new ThreadPage.Moderation(
                        t.getReviewNote(),
                        t.isHidden(),
                        t.isLocked(),
                        t.isPinned(),
                        t.getMergedInto(),
                        t.getSlowModeMinutes()));
    }

    /**
     * Changes a thread's tags: its author may, and so may the group's supervisors, whose retagging is recorded in
     * the moderation trail.
     */
    @Transactional
    public void retag(long threadId, Collection<String> tagSlugs) {
        Actor actor = access.requireActiveMember();
        DiscussionThread t = load(threadId);
        ConsultationGroup group = readable(actor, t);
        boolean author = t.getAuthorId() != null && t.getAuthorId() == actor.id();
        boolean moderates = GroupAccess.canModerate(actor, group);
        if (!author && !moderates) {
            throw new AccessDeniedException("Only the author or a supervisor of the group can change the tags.");
        }
        Set<Long> chosen = tags.choose(tagSlugs, t.getKind() == ThreadKind.CASE_CONSULTATION);
        if (chosen.equals(t.getTagIds())) {
            return;
        }
        String before = tags.tagsOf(threadId).stream().map(TagRef::slug).collect(Collectors.joining(", "));
        t.tag(chosen);
        events.publishEvent(ContentChanged.post(threadId));
        if (!author || moderates) {
            audit.record(
                    actor,
                    "thread.retagged",
                    new AuditTrail.Target("thread", Long.toString(threadId), t.getTitle()),
                    "was: " + (before.isEmpty() ? "no tags" : before));
        }
    }

    @Transactional
    public void edit(long threadId, String title, String body, String question) {
        Actor actor = access.requireActiveMember();
        DiscussionThread t = load(threadId);
        readable(actor, t);
        if (t.getAuthorId() == null || t.getAuthorId() != actor.id()) {
            throw new AccessDeniedException("Only the author can edit this post.");
        }
        Post post = validPost(t.getKind(), title, body, question);
        if (t.getKind() == ThreadKind.CASE_CONSULTATION) {
            Map<String, String> fields = caseFields(post);
            guard.requireResolved(
                    fields,
                    t.getKeptDetails() == null
                            ? Set.of()
                            : Set.of(t.getKeptDetails().split("\n")),
                    guard.placeholders(threadId));
        }
        revisions.save(new Revision(threadId, null, t.getTitle(), t.getBody(), clock.instant(), actor.id()));
        t.edit(post.title(), post.body(), post.question(), clock.instant());
        events.publishEvent(ContentChanged.post(threadId));
    }

    /** The consultation summary shown at the top, written by the thread's author or a supervisor of the group. */
    @Transactional
    public void summarise(long threadId, String summary) {
        Actor actor = access.requireActiveMember();
        DiscussionThread t = load(threadId);
        ConsultationGroup group = readable(actor, t);
        boolean author = t.getAuthorId() != null && t.getAuthorId() == actor.id();
        if (!author && !GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only the author or a supervisor can write the summary.");
        }
        String text = Inputs.clean(summary);
        if (text.isEmpty()) {
            throw InvalidInputException.of("summary", "Please write the summary.");
        }
        if (text.length() > SUMMARY_LIMIT) {
            throw InvalidInputException.of("summary", "Use at most " + SUMMARY_LIMIT + " characters.");
        }
        t.summarise(text, actor.displayName(), clock.instant());
    }

    // --- comments ---

    @Transactional(readOnly = true)
    public List<CommentItem> comments(long threadId, int offset, int limit) {
        Actor actor = access.requireActiveMember();
        DiscussionThread t = load(threadId);
        ConsultationGroup group = readable(actor, t);
        int size = Math.max(1, limit);
        List<Comment> page = offset % size == 0
                ? comments.findByThreadIdOrderBySortPath(threadId, PageRequest.of(offset / size, size))
                : comments.findByThreadIdOrderBySortPath(threadId, PageRequest.of(0, offset + size)).stream()
                        .skip(offset)
                        .toList();
        return items(actor, t, group, page);
    }

    @Transactional(readOnly = true)
    public int commentCount(long threadId) {
        Actor actor = access.requireActiveMember();
        DiscussionThread t = load(threadId);
        readable(actor, t);
        return (int) comments.countByThreadId(threadId);
    }

    @Transactional(readOnly = true)
    public CommentItem comment(long commentId) {
        Actor actor = access.requireActiveMember();
        Comment c = loadComment(commentId);
        DiscussionThread t = load(c.getThreadId());
        return items(actor, t, readable(actor, t), List.of(c)).getFirst();
    }

    /** Index of a comment in reading order, so a view can scroll to it. */
    @Transactional(readOnly = true)
    public int positionOf(long commentId) {
        CommentItem item = comment(commentId);
        Comment c = loadComment(item.id());
        return (int)
                comments.findByThreadIdOrderBySortPath(c.getThreadId(), PageRequest.of(0, Integer.MAX_VALUE)).stream()
                        .takeWhile(other -> !other.getId().equals(commentId))
                        .count();
    }

    @Transactional
    public long postComment(long threadId, Long parentId, String body, boolean anonymous) {
        return postComment(threadId, parentId, body, anonymous, Set.of());
    }

    /** Comments on a case consultation go through the same identifier check as the vignette. */
    @Transactional
    public long postComment(long threadId, Long parentId, String body, boolean anonymous, Set<String> notIdentifying) {
        Actor actor = access.requireActiveMember();
        DiscussionThread t =
                threads.findForUpdate(threadId).orElseThrow(() -> new AccessDeniedException("No such thread."));
        ConsultationGroup group = readable(actor, t);
        boolean moderates = GroupAccess.canModerate(actor, group);
        if (t.getStatus() != ThreadStatus.PUBLISHED || t.isHidden()) {
            throw InvalidInputException.of("body", "Comments open once a supervisor has approved this thread.");
        }
        if (t.isLocked() && !moderates) {
            throw InvalidInputException.of("body", "A supervisor has locked this thread; it takes no new comments.");
        }
        String text = validText(body, COMMENT_LIMIT, "body", "Please write your comment.");
        if (t.getKind() == ThreadKind.CASE_CONSULTATION) {
            PlaceholderMap placeholders = guard.placeholders(threadId);
            guard.requireResolved(Map.of("body", text), notIdentifying, placeholders);
            guard.remember(threadId, placeholders);
        }
        if (t.getSlowModeMinutes() > 0 && !moderates) {
            Instant since = clock.instant().minus(java.time.Duration.ofMinutes(t.getSlowModeMinutes()));
            comments.findFirstByThreadIdAndAuthorIdOrderByCreatedAtDesc(threadId, actor.id())
                    .filter(last -> last.getCreatedAt().isAfter(since))
                    .ifPresent(last -> {
                        throw InvalidInputException.of(
                                "body",
                                "Slow mode is on: one comment every "
                                        + t.getSlowModeMinutes() + " minutes. You can comment again at "
                                        + AT.format(last.getCreatedAt()
                                                .plus(java.time.Duration.ofMinutes(t.getSlowModeMinutes())))
                                        + ". Your text is kept.");
                    });
        }
        PostGate.Screened screening = screen.before(actor.id(), PostGate.Post.COMMENT, "body", text);
        Comment parent = null;
        if (parentId != null) {
            parent = loadComment(parentId);
            if (parent.getThreadId() != threadId) {
                throw new IllegalArgumentException("That comment belongs to another thread.");
            }
            if (parent.getDepth() >= MAX_DEPTH) {
                throw InvalidInputException.of("body", "This conversation is nested too deeply; reply further up.");
            }
        }
        Instant now = clock.instant();
        int position = (int)
                        (parent == null
                                ? comments.countByThreadIdAndParentIdIsNull(threadId)
                                : comments.countByParentId(parent.getId()))
                + 1;
        Comment comment = new Comment(threadId, parent, position, actor.id(), null, anonymous, text, now, null);
        if (screening.holdForReview()) {
            comment.hide(true);
        }
        comment = comments.save(comment);
        t.commented(now);
        screen.commentStored(t.getGroupId(), threadId, comment.getId(), actor.id(), screening);
        events.publishEvent(ContentChanged.comment(threadId, comment.getId()));
        events.publishEvent(new ThreadEvents.CommentPosted(threadId, comment.getId()));
        return comment.getId();
    }

    @Transactional
    public void editComment(long commentId, String body) {
        Actor actor = access.requireActiveMember();
        Comment c = loadComment(commentId);
        DiscussionThread thread = load(c.getThreadId());
        ConsultationGroup group = readable(actor, thread);
        boolean author = c.getAuthorId() != null && c.getAuthorId() == actor.id();
        boolean moderates = GroupAccess.canModerate(actor, group);
        if ((!author && !moderates) || c.isDeleted()) {
            throw new AccessDeniedException("Only the author or a supervisor of the group can edit this comment.");
        }
        String text = validText(body, COMMENT_LIMIT, "body", "Please write your comment.");
        if (load(c.getThreadId()).getKind() == ThreadKind.CASE_CONSULTATION) {
            guard.requireResolved(Map.of("body", text), Set.of(), guard.placeholders(c.getThreadId()));
        }
        revisions.save(new Revision(c.getThreadId(), commentId, null, c.getBody(), clock.instant(), actor.id()));
        c.edit(text, clock.instant());
        events.publishEvent(ContentChanged.comment(c.getThreadId(), commentId));
        if (!author) {
            audit.record(
                    actor,
                    "comment.edited",
                    new AuditTrail.Target(
                            "comment",
                            Long.toString(commentId),
                            (c.getNumber() == null ? "reply" : "#" + c.getNumber()) + " in " + thread.getTitle()),
                    "edited by a supervisor; the earlier text is kept as a revision");
        }
    }

    /** Soft delete: "comment removed" stays in place so replies keep their parent; the text stays as a revision. */
    @Transactional
    public void deleteComment(long commentId) {
        Actor actor = access.requireActiveMember();
        Comment c = loadComment(commentId);
        ConsultationGroup group = readable(actor, load(c.getThreadId()));
        boolean author = c.getAuthorId() != null && c.getAuthorId() == actor.id();
        if (!author && !GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only the author or a supervisor can remove this comment.");
        }
        revisions.save(new Revision(c.getThreadId(), commentId, null, c.getBody(), clock.instant(), actor.id()));
        c.delete();
        events.publishEvent(ContentChanged.comment(c.getThreadId(), commentId));
    }

    @Transactional
    public void markHelpful(long commentId, boolean helpful) {
        Actor actor = access.requireActiveMember();
        Comment c = loadComment(commentId);
        DiscussionThread t = load(c.getThreadId());
        readable(actor, t);
        if (t.getAuthorId() == null || t.getAuthorId() != actor.id()) {
            throw new AccessDeniedException("Only the thread's author marks comments as helpful.");
        }
        c.markHelpful(helpful);
    }

    /** Earlier versions of the post (commentId null) or of a comment: for its author and the group's moderators. */
    @Transactional(readOnly = true)
    public List<String> revisions(long threadId, Long commentId) {
        Actor actor = access.requireActiveMember();
        DiscussionThread t = load(threadId);
        ConsultationGroup group = readable(actor, t);
        Long author =
                commentId == null ? t.getAuthorId() : loadComment(commentId).getAuthorId();
        if (!(author != null && author == actor.id()) && !GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only the author and the group's supervisors can see earlier versions.");
        }
        List<Revision> list = commentId == null
                ? revisions.findByThreadIdAndCommentIdIsNullOrderByReplacedAtDesc(threadId)
                : revisions.findByCommentIdOrderByReplacedAtDesc(commentId);
        return list.stream().map(Revision::getBody).toList();
    }

    /** Display names of everyone who can read this thread, for @mentions. */
    @Transactional(readOnly = true)
    public List<String> mentionable(long threadId) {
        Actor actor = access.requireActiveMember();
        ConsultationGroup group = readable(actor, load(threadId));
        return accounts.findAll().stream()
                .map(a -> a.actor())
                .filter(a -> GroupAccess.canView(a, group))
                .map(Actor::displayName)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    public static final String REDACTED = "[redacted]";

    /**
     * A supervisor removes a span from a published post (commentId null) or comment: from the current text and
     * from every stored revision, and from whatever copied it (notifications, queue items, flag notes, the audit
     * trail's descriptions: see RedactionSweep). The audit trail records that a redaction happened, never the text.
     */
    @Transactional
    public void redact(long threadId, Long commentId, String text, String reason) {
        Actor actor = access.requireActiveMember();
        DiscussionThread t = load(threadId);
        ConsultationGroup group = readable(actor, t);
        if (!GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only the group's supervisors can redact.");
        }
        String span = text == null ? "" : text.strip();
        if (span.length() < 2) {
            throw InvalidInputException.of("text", "Type or paste the exact text to redact.");
        }
        String why = Inputs.clean(reason);
        if (why.contains(span)) {
            throw InvalidInputException.of("reason", "The reason must not repeat the redacted text.");
        }
        boolean found;
        if (commentId == null) {
            found = t.redact(span, REDACTED);
            revisions
                    .findByThreadIdAndCommentIdIsNullOrderByReplacedAtDesc(threadId)
                    .forEach(r -> r.redact(span, REDACTED));
        } else {
            Comment c = loadComment(commentId);
            if (c.getThreadId() != threadId) {
                throw new IllegalArgumentException("That comment belongs to another thread.");
            }
            found = c.redact(span, REDACTED);
            revisions.findByCommentIdOrderByReplacedAtDesc(commentId).forEach(r -> r.redact(span, REDACTED));
        }
        if (!found) {
            throw InvalidInputException.of("text", "This text does not appear in the current version.");
        }
        sweep.sweep(threadId, span, REDACTED);
        events.publishEvent(
                commentId == null ? ContentChanged.post(threadId) : ContentChanged.comment(threadId, commentId));
        audit.record(
                actor,
                "content.redacted",
                new AuditTrail.Target(
                        commentId == null ? "thread" : "comment",
                        Long.toString(commentId == null ? threadId : commentId),
                        t.getTitle().replace(span, REDACTED)),
                why.isEmpty() ? null : why);
    }

    // --- helpers ---

    private List<CommentItem> items(Actor actor, DiscussionThread t, ConsultationGroup group, List<Comment> page) {
        boolean moderates = GroupAccess.canModerate(actor, group);
        Map<Long, Account> authors =
                authorsOf(page.stream().map(Comment::getAuthorId).toList());
        Map<Long, Comment> parents = new HashMap<>();
        page.stream()
                .filter(c -> c.getDepth() >= CommentItem.MAX_INDENT && c.getParentId() != null)
                .forEach(c -> parents.put(
                        c.getParentId(), comments.findById(c.getParentId()).orElse(null)));
        Map<Long, Account> parentAuthors = authorsOf(parents.values().stream()
                .filter(java.util.Objects::nonNull)
                .map(Comment::getAuthorId)
                .toList());
        boolean threadAuthor = t.getAuthorId() != null && t.getAuthorId() == actor.id();
        return page.stream()
                .map(c -> {
                    String inReplyTo = null;
                    Comment parent = parents.get(c.getParentId());
                    if (parent != null) {
                        inReplyTo = label(
                                parent.getAuthorId(),
                                parent.getGuestName(),
                                parent.isAnonymous(),
                                moderates,
                                parentAuthors);
                    }
                    boolean mine = c.getAuthorId() != null && c.getAuthorId() == actor.id();
                    boolean withheld = c.isDeleted() || (c.isHidden() && !moderates && !mine);
                    return new CommentItem(
                            c.getId(),
                            c.getNumber(),
                            c.getParentId(),
                            c.getDepth(),
                            inReplyTo,
                            label(c.getAuthorId(), c.getGuestName(), c.isAnonymous(), moderates, authors),
                            badge(c.getAuthorId(), c.isAnonymous(), authors),
                            c.getCreatedAt(),
                            c.getEditedAt(),
                            withheld ? "" : Markdown.toHtml(c.getBody()),
                            withheld ? "" : c.getBody(),
                            c.isDeleted(),
                            c.isHelpful(),
                            mine,
                            moderates,
                            threadAuthor,
                            c.isHidden(),
                            c.getMergedInto() == null ? null : numberOf(c.getMergedInto()));
                })
                .toList();
    }

    private Map<Long, Account> authorsOf(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return accounts.findAllById(wanted).stream().collect(Collectors.toMap(Account::getId, a -> a));
    }

    private static String label(
            Long authorId, String guestName, boolean anonymous, boolean moderates, Map<Long, Account> authors) {
        Account author = authorId == null ? null : authors.get(authorId);
        return Authors.label(authorId, author == null ? "" : author.getDisplayName(), guestName, anonymous, moderates);
    }

    /** A staff author's role badge; none for anonymous posts, which a badge would half unmask. */
    private static String badge(Long authorId, boolean anonymous, Map<Long, Account> authors) {
        Account author = authorId == null || anonymous ? null : authors.get(authorId);
        return author == null ? null : author.getRole().badge();
    }

    private Integer numberOf(long commentId) {
        return comments.findById(commentId).map(Comment::getNumber).orElse(null);
    }

    /**
     * The author of a thread a supervisor sent back for changes edits it and sends it for review again; it
     * goes back to the queue.
     */
    @Transactional
    public void resubmit(long threadId, String title, String body, String question) {
        Actor actor = access.requireActiveMember();
        DiscussionThread t = load(threadId);
        if (t.getStatus() != ThreadStatus.CHANGES_REQUESTED) {
            throw new IllegalStateException("Only a thread sent back for changes can be resubmitted.");
        }
        edit(threadId, title, body, question);
        t.status(ThreadStatus.AWAITING_REVIEW, t.getReviewNote());
        events.publishEvent(ContentChanged.thread(threadId));
        PostGate.Screened screening =
                screen.before(actor.id(), PostGate.Post.THREAD, "body", t.getTitle() + "\n" + t.getBody());
        screen.threadStored(
                t.getGroupId(),
                threadId,
                actor.id(),
                t.getKind() == ThreadKind.CASE_CONSULTATION
                        ? PostGate.Review.CASE_CONSULTATION
                        : PostGate.Review.NEW_MEMBER,
                screening);
    }

    private record Post(String title, String body, String question) {}

    /** The fields of a case consultation the identifier check reads, named as the form names them. */
    private static Map<String, String> caseFields(Post post) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", post.title());
        fields.put("body", post.body());
        fields.put("question", post.question());
        return fields;
    }

    private static Post validPost(ThreadKind kind, String title, String body, String question) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanTitle = Inputs.clean(title);
        if (cleanTitle.isEmpty()) {
            errors.put("title", "Please give the thread a title.");
        } else if (cleanTitle.length() > TITLE_LIMIT) {
            errors.put("title", "Use at most " + TITLE_LIMIT + " characters.");
        } else if (!cleanTitle.matches(Inputs.SINGLE_LINE)) {
            errors.put("title", "Use a single line of text.");
        }
        String cleanBody = body == null ? "" : body.strip();
        if (cleanBody.isEmpty()) {
            errors.put("body", "Please write the post.");
        } else if (cleanBody.length() > POST_LIMIT) {
            errors.put("body", "Use at most " + POST_LIMIT + " characters.");
        }
        String cleanQuestion = Inputs.clean(question);
        if (kind == ThreadKind.CASE_CONSULTATION && cleanQuestion.isEmpty()) {
            errors.put("question", "A case consultation asks colleagues a question.");
        } else if (cleanQuestion.length() > QUESTION_LIMIT) {
            errors.put("question", "Use at most " + QUESTION_LIMIT + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Post(cleanTitle, cleanBody, cleanQuestion.isEmpty() ? null : cleanQuestion);
    }

    private static String validText(String text, int limit, String field, String emptyMessage) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw InvalidInputException.of(field, emptyMessage);
        }
        if (clean.length() > limit) {
            throw InvalidInputException.of(field, "Use at most " + limit + " characters.");
        }
        return clean;
    }

    /**
     * A thread is readable by everyone in its group once published and not hidden; before that, or while hidden,
     * only by its author and the group's supervisors.
     */
    private ConsultationGroup readable(Actor actor, DiscussionThread t) {
        ConsultationGroup group = viewable(actor, t.getGroupId());
        boolean listed = t.getStatus() == ThreadStatus.PUBLISHED && !t.isHidden();
        boolean author = t.getAuthorId() != null && t.getAuthorId() == actor.id();
        if (!listed && !author && !GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("This thread is not available.");
        }
        return group;
    }

    private ConsultationGroup viewable(Actor actor, long groupId) {
        ConsultationGroup group =
                groups.findById(groupId).orElseThrow(() -> new AccessDeniedException("This group is private."));
        if (!GroupAccess.canView(actor, group)) {
            throw new AccessDeniedException("This group is private.");
        }
        return group;
    }

    private DiscussionThread load(long threadId) {
        return threads.findById(threadId).orElseThrow(() -> new AccessDeniedException("No such thread."));
    }

    private Comment loadComment(long commentId) {
        return comments.findById(commentId).orElseThrow(() -> new AccessDeniedException("No such comment."));
    }
}
