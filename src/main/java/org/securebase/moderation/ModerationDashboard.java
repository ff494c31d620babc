package org.securebase.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.securebase.groups.ConsultationGroup;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.threads.FlagReason;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures on the supervisors' dashboard, over the groups they moderate and the last 30 days. */
@Service
class ModerationDashboard {

    private final AccessPolicy access;
    private final QueueItems items;
    private final QueueRepository queue;
    private final FlagRepository flags;
    private final Clock clock;

    ModerationDashboard(
            AccessPolicy access, QueueItems items, QueueRepository queue, FlagRepository flags, Clock clock) {
        this.access = access;
        this.items = items;
        this.queue = queue;
        this.flags = flags;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        Actor actor = access.requireActiveMember();
        if (!actor.verifier()) {
            throw new AccessDeniedException("The dashboard is for supervisors and admins.");
        }
        Map<Long, ConsultationGroup> moderated = items.moderatedGroups(actor);
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(30));
        List<QueueItem> recent = moderated.isEmpty() ? List.of() : queue.since(moderated.keySet(), since);
        Map<QueueKind, long[]> openByAge = new EnumMap<>(QueueKind.class);
        for (QueueItem item : recent) {
            if (item.isOpen()) {
                long hours = Duration.between(item.getCreatedAt(), now).toHours();
                openByAge.computeIfAbsent(item.getKind(), k -> new long[3])[hours < 1 ? 0 : hours < 24 ? 1 : 2]++;
            }
        }
        List<Duration> firstActions = recent.stream()
                .filter(i -> i.getFirstActionAt() != null && !i.getCreatedAt().isBefore(since))
                .map(i -> Duration.between(i.getCreatedAt(), i.getFirstActionAt()))
                .sorted()
                .toList();
        Map<FlagReason, Long> byReason = new EnumMap<>(FlagReason.class);
        List<Long> flagItems = recent.stream()
                .filter(i -> i.getKind() == QueueKind.FLAG)
                .map(QueueItem::getId)
                .toList();
        if (!flagItems.isEmpty()) {
            flags.findByQueueItemIdIn(flagItems).stream()
                    .filter(f -> !f.getCreatedAt().isBefore(since))
                    .forEach(f -> byReason.merge(f.getReason(), 1L, Long::sum));
        }
        List<QueueItem> risks = recent.stream().filter(i -> i.getKind().risk()).toList();
        return new Dashboard(
                openByAge,
                percentile(firstActions, 50),
                percentile(firstActions, 90),
                firstActions.size(),
                byReason,
                risks.size(),
                risks.stream().filter(i -> i.getOutreachAt() != null).count(),
                risks.stream().filter(QueueItem::isNotARisk).count());
    }

    static Duration percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
