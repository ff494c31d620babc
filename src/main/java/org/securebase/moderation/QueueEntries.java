package org.securebase.moderation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountRepository;
import org.securebase.groups.ConsultationGroup;
import org.securebase.threads.Comment;
import org.securebase.threads.CommentRepository;
import org.securebase.threads.DiscussionThread;
import org.securebase.threads.ThreadRepository;
import org.springframework.stereotype.Component;

/**
 * Turns a page of queue items into what a supervisor reads. Threads, comments, the comments they answer, flags and
 * people are each loaded for the whole page in one query, instead of several queries per item.
 */
@Component
class QueueEntries {

    private final ThreadRepository threads;
    private final CommentRepository comments;
    private final AccountRepository accounts;
    private final FlagRepository flags;
    private final AuthorHistories histories;

    QueueEntries(
            ThreadRepository threads,
            CommentRepository comments,
            AccountRepository accounts,
            FlagRepository flags,
            AuthorHistories histories) {
        this.threads = threads;
        this.comments = comments;
        this.accounts = accounts;
        this.flags = flags;
        this.histories = histories;
    }

    /** {@code groups} holds at least every item's group, by id. */
    List<QueueEntry> of(List<QueueItem> items, Map<Long, ConsultationGroup> groups) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, DiscussionThread> threadsById =
                byId(threads.findAllById(ids(items.stream().map(QueueItem::getThreadId))), DiscussionThread::getId);
        Map<Long, Comment> commentsById =
                byId(comments.findAllById(ids(items.stream().map(QueueItem::getCommentId))), Comment::getId);
        Set<Long> parentIds = ids(commentsById.values().stream().map(Comment::getParentId));
        Map<Long, Comment> parentsById =
                parentIds.isEmpty() ? Map.of() : byId(comments.findAllById(parentIds), Comment::getId);
        // by id, so each item's flags read in the order members raised them
        Map<Long, List<Flag>> flagsByItem =
                flags.findByQueueItemIdIn(ids(items.stream().map(QueueItem::getId))).stream()
                        .sorted(Comparator.comparing(Flag::getId))
                        .collect(Collectors.groupingBy(Flag::getQueueItemId));
        Set<Long> people = ids(Stream.of(
                        items.stream().map(QueueItem::getAuthorId),
                        items.stream().map(QueueItem::getOutreachBy),
                        flagsByItem.values().stream().flatMap(List::stream).map(Flag::getFlaggerId))
                .flatMap(Function.identity()));
        Map<Long, Account> peopleById = byId(accounts.findAllById(people), Account::getId);
        List<Account> authors = ids(items.stream().map(QueueItem::getAuthorId)).stream()
                .map(peopleById::get)
                .filter(Objects::nonNull)
                .toList();
        Page page = new Page(threadsById, commentsById, parentsById, flagsByItem, peopleById, histories.of(authors));
        return items.stream()
                .map(item -> page.entry(item, groups.get(item.getGroupId()).getName()))
                .toList();
    }

    /** What was loaded for one page of the queue, by id; flags by queue item id. */
    private record Page(
            Map<Long, DiscussionThread> threads,
            Map<Long, Comment> comments,
            Map<Long, Comment> parents,
            Map<Long, List<Flag>> flags,
            Map<Long, Account> people,
            Map<Long, QueueEntry.AuthorHistory> histories) {

        QueueEntry entry(QueueItem item, String groupName) {
            DiscussionThread t =
                    Optional.ofNullable(threads.get(item.getThreadId())).orElseThrow();
            Comment c = item.getCommentId() == null ? null : comments.get(item.getCommentId());
            String context = null;
            if (c != null && c.getParentId() != null) {
                Comment parent = parents.get(c.getParentId());
                context = parent == null ? null : parent.getBody();
            } else if (c != null) {
                context = t.getQuestion() != null ? t.getQuestion() : excerpt(t.getBody());
            }
            Account author = item.getAuthorId() == null ? null : people.get(item.getAuthorId());
            List<QueueEntry.FlagLine> flagLines = flags.getOrDefault(item.getId(), List.of()).stream()
                    .map(f -> new QueueEntry.FlagLine(
                            f.getReason(), f.getNote(), name(f.getFlaggerId()), f.getCreatedAt()))
                    .toList();
            QueueEntry.Outreach outreach = item.getOutreachAt() == null
                    ? null
                    : new QueueEntry.Outreach(name(item.getOutreachBy()), item.getOutreachAt(), item.getOutreachNote());
            return new QueueEntry(
                    item.getId(),
                    item.getKind(),
                    item.getTrigger(),
                    item.getCreatedAt(),
                    groupName,
                    t.getId(),
                    t.getTitle(),
                    t.getStatus(),
                    item.getCommentId(),
                    c == null ? t.getBody() : c.getBody(),
                    context,
                    c == null ? t.isHidden() : c.isHidden(),
                    item.getAuthorId(),
                    author == null ? "guest" : author.getDisplayName(),
                    author == null ? null : author.getRole().badge(),
                    author == null ? null : histories.get(author.getId()),
                    flagLines,
                    outreach);
        }

        private String name(Long accountId) {
            Account account = accountId == null ? null : people.get(accountId);
            return account == null ? null : account.getDisplayName();
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }

    private static Set<Long> ids(Stream<Long> ids) {
        return ids.filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> Map<Long, T> byId(Collection<T> loaded, Function<T, Long> id) {
        return loaded.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
