package org.securebase.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.securebase.threads.DiscussionThread;
import org.securebase.threads.FlagReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' flags: each lands on one open FLAG item per post or comment, which says how many flags of which kind it
 * holds. ModerationService is the module's one {@link org.securebase.threads.Flagging} and delegates here.
 */
@Service
class Flags {

    private final AccessPolicy access;
    private final FlaggedContent content;
    private final QueueRepository queue;
    private final FlagRepository flags;
    private final RateLimits limits;
    private final SupervisorNotices supervisors;
    private final Clock clock;

    Flags(
            AccessPolicy access,
            FlaggedContent content,
            QueueRepository queue,
            FlagRepository flags,
            RateLimits limits,
            SupervisorNotices supervisors,
            Clock clock) {
        this.access = access;
        this.content = content;
        this.queue = queue;
        this.flags = flags;
        this.limits = limits;
        this.supervisors = supervisors;
        this.clock = clock;
    }

    @Transactional
    public void flag(long threadId, Long commentId, FlagReason reason, String note) {
        Actor actor = access.requireActiveMember();
        Long authorId = content.authorOf(threadId, commentId);
        if (reason == null) {
            throw InvalidInputException.of("reason", "Choose what is wrong.");
        }
        String text = Inputs.clean(note);
        if (reason == FlagReason.OTHER && text.isEmpty()) {
            throw InvalidInputException.of("note", "Tell the supervisors what is wrong.");
        }
        if (text.length() > 500) {
            throw InvalidInputException.of("note", "Use at most 500 characters.");
        }
        DiscussionThread t = content.thread(threadId);
        QueueItem item = queue.openFor(QueueKind.FLAG, threadId, commentId).orElse(null);
        if (item != null && flags.existsByQueueItemIdAndFlaggerId(item.getId(), actor.id())) {
            throw InvalidInputException.of("reason", "You have already flagged this; supervisors will review it.");
        }
        limits.take(actor.id(), RateLimits.Action.FLAG, "reason");
        boolean first = item == null;
        if (first) {
            item = queue.save(new QueueItem(
                    t.getGroupId(), QueueKind.FLAG, threadId, commentId, authorId, "Flagged", clock.instant()));
        }
        flags.save(new Flag(item.getId(), actor.id(), reason, text.isEmpty() ? null : text, clock.instant()));
        List<Flag> all = flags.findByQueueItemId(item.getId());
        item.retrigger(describe(all));
        content.hideIfFlaggedEnough(t, commentId, all.size());
        if (first) {
            supervisors.firstFlag(t, commentId);
        }
    }

    static String describe(List<Flag> all) {
        Map<FlagReason, Long> byReason = all.stream()
                .collect(Collectors.groupingBy(
                        Flag::getReason, () -> new EnumMap<>(FlagReason.class), Collectors.counting()));
        return all.size()
                + (all.size() == 1 ? " flag: " : " flags: ")
                + byReason.entrySet().stream()
                        .map(e -> e.getKey().label().toLowerCase() + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
                        .collect(Collectors.joining(", "));
    }

    @Transactional(readOnly = true)
    public List<MyFlag> myFlags() {
        Actor actor = access.requireActiveMember();
        List<MyFlag> out = new ArrayList<>();
        for (Flag flag : flags.findByFlaggerIdOrderByCreatedAtDesc(actor.id())) {
            QueueItem item = queue.findById(flag.getQueueItemId()).orElseThrow();
            out.add(new MyFlag(
                    item.getThreadId(),
                    content.title(item.getThreadId()),
                    item.getCommentId() != null,
                    flag.getReason(),
                    flag.getCreatedAt(),
                    item.isOpen() ? "Received; a supervisor will review it" : outcomeForFlagger(item)));
        }
        return out;
    }

    private static String outcomeForFlagger(QueueItem item) {
        return item.getResolution() != null && item.getResolution().startsWith("Hidden")
                ? "Reviewed: hidden"
                : "Reviewed: left up";
    }
}
