package org.securebase.moderation;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.accounts.Account;
import org.securebase.security.AccountStatus;
import org.securebase.threads.ThreadRepository;
import org.securebase.threads.ThreadStatus;
import org.springframework.stereotype.Component;

/** The history a supervisor sees beside each author on a page of the queue, loaded for all its authors at once. */
@Component
class AuthorHistories {

    private final ThreadRepository threads;
    private final QueueRepository queue;
    private final MemberNoteRepository notes;
    private final Clock clock;

    AuthorHistories(ThreadRepository threads, QueueRepository queue, MemberNoteRepository notes, Clock clock) {
        this.threads = threads;
        this.queue = queue;
        this.notes = notes;
        this.clock = clock;
    }

    /** By account id. */
    Map<Long, QueueEntry.AuthorHistory> of(Collection<Account> authors) {
        if (authors.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = authors.stream().map(Account::getId).collect(Collectors.toSet());
        Map<Long, Long> queueItems = byId(queue.itemCountsByAuthor(ids));
        Map<Long, Long> noteCounts = byId(notes.noteCountsByAccount(ids));
        Map<Long, Long> published = byId(threads.countsByAuthor(ids, ThreadStatus.PUBLISHED));
        Map<Long, QueueEntry.AuthorHistory> histories = new HashMap<>();
        for (Account author : authors) {
            long id = author.getId();
            histories.put(
                    id,
                    new QueueEntry.AuthorHistory(
                            published.getOrDefault(id, 0L),
                            // the item being read is one of them
                            queueItems.getOrDefault(id, 0L) - 1,
                            noteCounts.getOrDefault(id, 0L),
                            author.isSilenced(clock.instant()),
                            author.getStatus() == AccountStatus.SUSPENDED));
        }
        return histories;
    }

    private static Map<Long, Long> byId(List<Object[]> counts) {
        return counts.stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue()));
    }
}
