package org.securebase.moderation;

import java.time.Clock;
import org.securebase.audit.AuditTrail;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closing flag, risk and watched-word items: leaving content up or hiding it, and recording outreach. */
@Service
class ItemResolutions {

    private final QueueItems items;
    private final ItemContent content;
    private final OutcomeNotices notices;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    ItemResolutions(
            QueueItems items,
            ItemContent content,
            OutcomeNotices notices,
            AccessPolicy access,
            AuditTrail audit,
            Clock clock) {
        this.items = items;
        this.content = content;
        this.notices = notices;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void dismissFlags(long itemId, String note) {
        QueueItem item = flagItem(itemId);
        content.restoreIfHidden(item, "flags reviewed");
        Actor actor = access.requireActiveMember();
        item.resolve(actor.id(), "Left up" + suffix(note), clock.instant());
        audit.record(actor, "moderation.flags-dismissed", items.target(item), cleanOrNull(note));
        notices.tellFlaggers(item, "a supervisor reviewed it and left it up.");
    }

    @Transactional
    public void upholdFlags(long itemId, String note) {
        QueueItem item = flagItem(itemId);
        content.hide(item, note);
        Actor actor = access.requireActiveMember();
        item.resolve(actor.id(), "Hidden" + suffix(note), clock.instant());
        notices.tellFlaggers(item, "a supervisor reviewed it and hid it.");
    }

    @Transactional
    public void recordOutreach(long itemId, String note) {
        QueueItem item = items.open(itemId);
        Actor actor = access.requireActiveMember();
        String text = Inputs.clean(note);
        if (text.isEmpty()) {
            throw InvalidInputException.of("outreach", "Say who contacted the member, and how.");
        }
        if (text.length() > ModerationService.NOTE_LIMIT) {
            throw InvalidInputException.of("outreach", "Use at most " + ModerationService.NOTE_LIMIT + " characters.");
        }
        item.outreach(actor.id(), text, clock.instant());
        audit.record(actor, "moderation.outreach", items.target(item), text);
    }

    @Transactional
    public void closeAsNotARisk(long itemId, String reason) {
        QueueItem item = items.open(itemId);
        Actor actor = access.requireActiveMember();
        if (!item.getKind().risk()) {
            throw InvalidInputException.of("item", "Only a risk alert can be closed as not a risk.");
        }
        String text = Inputs.clean(reason);
        if (text.isEmpty()) {
            throw InvalidInputException.of("not-a-risk", "Say why this is not a risk, e.g. \"an idiom\".");
        }
        if (text.length() > ModerationService.NOTE_LIMIT) {
            throw InvalidInputException.of(
                    "not-a-risk", "Use at most " + ModerationService.NOTE_LIMIT + " characters.");
        }
        item.closeAsNotARisk(actor.id(), text, clock.instant());
        audit.record(actor, "moderation.not-a-risk", items.target(item), text);
    }

    @Transactional
    public void resolve(long itemId, String note) {
        QueueItem item = items.open(itemId);
        Actor actor = access.requireActiveMember();
        if (item.getKind().risk() && item.getOutreachAt() == null) {
            throw InvalidInputException.of("outreach", "Record the outreach before closing a risk alert.");
        }
        if (item.getKind() == QueueKind.WATCHED_WORD) {
            content.restoreIfHidden(item, "approved after watched-word review");
        } else if (item.getKind() == QueueKind.CASE_DETAILS) {
            content.restoreIfHidden(item, "approved after review of the case as a whole");
        }
        item.resolve(actor.id(), "Resolved" + suffix(note), clock.instant());
        audit.record(actor, "moderation.resolved", items.target(item), cleanOrNull(note));
    }

    @Transactional
    public void hideAndResolve(long itemId, String note) {
        QueueItem item = items.open(itemId);
        Actor actor = access.requireActiveMember();
        content.hide(item, note);
        item.resolve(actor.id(), "Hidden" + suffix(note), clock.instant());
        if (item.getKind() == QueueKind.FLAG) {
            notices.tellFlaggers(item, "a supervisor reviewed it and hid it.");
        }
    }

    private QueueItem flagItem(long itemId) {
        QueueItem item = items.open(itemId);
        if (item.getKind() != QueueKind.FLAG) {
            throw new IllegalStateException("This item is not about flags.");
        }
        return item;
    }

    private static String suffix(String note) {
        String text = Inputs.clean(note);
        return text.isEmpty() ? "" : ": " + text;
    }

    private static String cleanOrNull(String note) {
        String text = Inputs.clean(note);
        return text.isEmpty() ? null : text;
    }
}
