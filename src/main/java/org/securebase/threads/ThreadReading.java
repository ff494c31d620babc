package org.securebase.threads;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.groups.GroupRepository;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The reading rules every thread operation starts from: who is asking, which groups and threads they may read, and
 * how authors and comments are shown to them.
 */
@Component
class ThreadReading {

    private final AccessPolicy access;
    private final GroupAccess groupAccess;
    private final GroupRepository groups;
    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final AccountRepository accounts;
    private final RecusalRepository recusals;

    ThreadReading(
            AccessPolicy access,
            GroupAccess groupAccess,
            GroupRepository groups,
            ThreadRepository threads,
            CommentRepository comments,
            AccountRepository accounts,
            RecusalRepository recusals) {
        this.recusals = recusals;
        this.access = access;
        this.groupAccess = groupAccess;
        this.groups = groups;
        this.threads = threads;
        this.comments = comments;
        this.accounts = accounts;
    }

    /** Every thread operation is for a signed-in, active member. */
    Actor member() {
        return access.requireActiveMember();
    }

    /** Threads the actor stepped out of ("I may know this client"): lists leave them out. */
    java.util.Collection<Long> steppedOutOf(Actor actor) {
        List<Long> ids = recusals.threadIdsOf(actor.id());
        return ids.isEmpty() ? List.of(-1L) : ids; // JPQL cannot bind an empty list to "not in"
    }

    /** The groups whose threads the actor may read, narrowed to one group when {@code only} is given. */
    Map<Long, ConsultationGroup> readableGroups(Actor actor, Long only) {
        Map<Long, ConsultationGroup> readable = groupAccess.readableGroups(actor);
        if (only != null) {
            readable.keySet().retainAll(Set.of(only));
        }
        return readable;
    }

    /**
     * A thread is readable by everyone in its group once published and not hidden; before that, or while hidden,
     * only by its author and the group's supervisors. Never by a reader who said they may know the client.
     */
    ConsultationGroup readable(Actor actor, DiscussionThread t) {
        ConsultationGroup group = viewable(actor, t.getGroupId());
        if (recusals.existsByThreadIdAndAccountId(t.getId(), actor.id())) {
            throw new RecusedException();
        }
        boolean listed = t.getStatus() == ThreadStatus.PUBLISHED && !t.isHidden();
        boolean author = t.getAuthorId() != null && t.getAuthorId() == actor.id();
        if (!listed && !author && !GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("This thread is not available.");
        }
        return group;
    }

    ConsultationGroup viewable(Actor actor, long groupId) {
        ConsultationGroup group =
                groups.findById(groupId).orElseThrow(() -> new AccessDeniedException("This group is private."));
        if (!GroupAccess.canView(actor, group)) {
            throw new AccessDeniedException("This group is private.");
        }
        groupAccess.requireCovenant(actor, group);
        return group;
    }

    DiscussionThread load(long threadId) {
        return threads.findById(threadId).orElseThrow(() -> new AccessDeniedException("No such thread."));
    }

    /** The thread locked for the rest of the transaction (see ThreadRepository.findForUpdate). */
    DiscussionThread loadForUpdate(long threadId) {
        return threads.findForUpdate(threadId).orElseThrow(() -> new AccessDeniedException("No such thread."));
    }

    Comment loadComment(long commentId) {
        return comments.findById(commentId).orElseThrow(() -> new AccessDeniedException("No such comment."));
    }

    /** A page of comments as the actor sees them. */
    List<CommentItem> items(Actor actor, DiscussionThread t, ConsultationGroup group, List<Comment> page) {
        boolean moderates = GroupAccess.canModerate(actor, group);
        Map<Long, Account> authors =
                authorsOf(page.stream().map(Comment::getAuthorId).toList());
        Map<Long, Comment> parents = new HashMap<>();
        page.stream()
                .filter(c -> c.getDepth() >= CommentItem.MAX_INDENT && c.getParentId() != null)
                .forEach(c -> parents.put(
                        c.getParentId(), comments.findById(c.getParentId()).orElse(null)));
        Map<Long, Account> parentAuthors = authorsOf(parents.values().stream()
                .filter(Objects::nonNull)
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
                            c.getMergedInto() == null ? null : numberOf(c.getMergedInto()),
                            c.isFollowUp());
                })
                .toList();
    }

    private Integer numberOf(long commentId) {
        return comments.findById(commentId).map(Comment::getNumber).orElse(null);
    }

    Map<Long, Account> authorsOf(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        return accounts.findAllById(wanted).stream().collect(Collectors.toMap(Account::getId, a -> a));
    }

    static String label(
            Long authorId, String guestName, boolean anonymous, boolean moderates, Map<Long, Account> authors) {
        Account author = authorId == null ? null : authors.get(authorId);
        return Authors.label(authorId, author == null ? "" : author.getDisplayName(), guestName, anonymous, moderates);
    }

    /** A staff author's role badge; none for anonymous posts, which a badge would half unmask. */
    static String badge(Long authorId, boolean anonymous, Map<Long, Account> authors) {
        Account author = authorId == null || anonymous ? null : authors.get(authorId);
        return author == null ? null : author.getRole().badge();
    }
}
