package org.securebase.threads;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.security.Actor;
import org.securebase.tags.TagRef;
import org.securebase.tags.TagService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a member reads: thread lists and counts, one thread, its comments and earlier versions. Changes nothing. */
@Service
class ThreadQueries {

    private final ThreadReading reading;
    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final RevisionRepository revisions;
    private final AccountRepository accounts;
    private final TagService tags;

    ThreadQueries(
            ThreadReading reading,
            ThreadRepository threads,
            CommentRepository comments,
            RevisionRepository revisions,
            AccountRepository accounts,
            TagService tags) {
        this.reading = reading;
        this.threads = threads;
        this.comments = comments;
        this.revisions = revisions;
        this.accounts = accounts;
        this.tags = tags;
    }

    @Transactional(readOnly = true)
    List<ThreadSummary> threads(ThreadQuery query, int offset, int limit) {
        Actor actor = reading.member();
        Map<Long, ConsultationGroup> visible = reading.readableGroups(actor, query.groupId());
        if (visible.isEmpty()) {
            return List.of();
        }
        int size = Math.max(1, limit);
        Sort sort = switch (query.sort()) {
            case NEWEST -> Sort.by(Sort.Direction.DESC, "createdAt", "id");
            case MOST_COMMENTS -> Sort.by(Sort.Direction.DESC, "commentCount", "lastActivityAt");
            case LATEST_ACTIVITY -> Sort.by(Sort.Direction.DESC, "lastActivityAt", "id");
        };
        Optional<Set<Long>> tagIds = tags.idsOf(query.tags());
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
                reading.steppedOutOf(actor),
                PageRequest.of(
                        offset / size,
                        size,
                        Sort.by(Sort.Direction.DESC, "pinned").and(sort)));
        Map<Long, Account> authors = reading.authorsOf(
                page.stream().map(DiscussionThread::getAuthorId).toList());
        Map<Long, List<TagRef>> tagged =
                tags.tagsOf(page.stream().map(DiscussionThread::getId).toList());
        return page.stream()
                .map(t -> new ThreadSummary(
                        t.getId(),
                        t.getGroupId(),
                        visible.get(t.getGroupId()).getName(),
                        t.getKind(),
                        t.getTitle(),
                        ThreadReading.label(
                                t.getAuthorId(),
                                t.getGuestName(),
                                t.isAnonymous(),
                                GroupAccess.canModerate(actor, visible.get(t.getGroupId())),
                                authors),
                        ThreadReading.badge(t.getAuthorId(), t.isAnonymous(), authors),
                        t.getCreatedAt(),
                        t.getLastActivityAt(),
                        t.getCommentCount(),
                        t.getSummary() != null,
                        tagged.getOrDefault(t.getId(), List.of()),
                        t.isPinned(),
                        t.getLoopState()))
                .toList();
    }

    /** JPQL cannot bind an empty list to "in"; no tag has id -1. */
    private static Collection<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    @Transactional(readOnly = true)
    int count(ThreadQuery query) {
        Actor actor = reading.member();
        Map<Long, ConsultationGroup> visible = reading.readableGroups(actor, query.groupId());
        Optional<Set<Long>> tagIds = tags.idsOf(query.tags());
        return visible.isEmpty() || tagIds.isEmpty()
                ? 0
                : (int) threads.count(
                        visible.keySet(),
                        query.kind(),
                        query.unanswered(),
                        query.mine() ? actor.id() : null,
                        orNone(tagIds.get()),
                        tagIds.get().size(),
                        reading.steppedOutOf(actor));
    }

    @Transactional(readOnly = true)
    ThreadPage open(long threadId) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        ConsultationGroup group = reading.readable(actor, t);
        boolean moderates = GroupAccess.canModerate(actor, group);
        Map<Long, Account> authors = reading.authorsOf(Collections.singletonList(t.getAuthorId()));
        return new ThreadPage(
                t.getId(),
                group.getId(),
                group.getName(),
                t.getKind(),
                t.getTitle(),
                Markdown.toHtml(t.getBody()),
                t.getBody(),
                t.getQuestion(),
                ThreadReading.label(t.getAuthorId(), t.getGuestName(), t.isAnonymous(), moderates, authors),
                ThreadReading.badge(t.getAuthorId(), t.isAnonymous(), authors),
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
                        t.getSlowModeMinutes()),
                t.getLoopState());
    }

    @Transactional(readOnly = true)
    List<CommentItem> comments(long threadId, int offset, int limit) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        ConsultationGroup group = reading.readable(actor, t);
        int size = Math.max(1, limit);
        List<Comment> page = offset % size == 0
                ? comments.findByThreadIdOrderBySortPath(threadId, PageRequest.of(offset / size, size))
                : comments.findByThreadIdOrderBySortPath(threadId, PageRequest.of(0, offset + size)).stream()
                        .skip(offset)
                        .toList();
        return reading.items(actor, t, group, page);
    }

    @Transactional(readOnly = true)
    int commentCount(long threadId) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        reading.readable(actor, t);
        return (int) comments.countByThreadId(threadId);
    }

    /** The most recently written comment that is not deleted, wherever replies placed it in the reading order. */
    @Transactional(readOnly = true)
    java.util.Optional<Long> newestComment(long threadId) {
        Actor actor = reading.member();
        reading.readable(actor, reading.load(threadId));
        return comments.findFirstByThreadIdAndDeletedFalseOrderByCreatedAtDescIdDesc(threadId)
                .map(Comment::getId);
    }

    @Transactional(readOnly = true)
    CommentItem comment(long commentId) {
        Actor actor = reading.member();
        Comment c = reading.loadComment(commentId);
        DiscussionThread t = reading.load(c.getThreadId());
        return reading.items(actor, t, reading.readable(actor, t), List.of(c)).getFirst();
    }

    @Transactional(readOnly = true)
    int positionOf(long commentId) {
        CommentItem item = comment(commentId);
        Comment c = reading.loadComment(item.id());
        return (int)
                comments.findByThreadIdOrderBySortPath(c.getThreadId(), PageRequest.of(0, Integer.MAX_VALUE)).stream()
                        .takeWhile(other -> !other.getId().equals(commentId))
                        .count();
    }

    @Transactional(readOnly = true)
    List<String> revisions(long threadId, Long commentId) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        ConsultationGroup group = reading.readable(actor, t);
        Long author = commentId == null
                ? t.getAuthorId()
                : reading.loadComment(commentId).getAuthorId();
        if (!(author != null && author == actor.id()) && !GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only the author and the group's supervisors can see earlier versions.");
        }
        List<Revision> list = commentId == null
                ? revisions.findByThreadIdAndCommentIdIsNullOrderByReplacedAtDesc(threadId)
                : revisions.findByCommentIdOrderByReplacedAtDesc(commentId);
        return list.stream().map(Revision::getBody).toList();
    }

    @Transactional(readOnly = true)
    List<String> mentionable(long threadId) {
        Actor actor = reading.member();
        ConsultationGroup group = reading.readable(actor, reading.load(threadId));
        return accounts.findAll().stream()
                .map(a -> a.actor())
                .filter(a -> GroupAccess.canView(a, group))
                .map(Actor::displayName)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }
}
