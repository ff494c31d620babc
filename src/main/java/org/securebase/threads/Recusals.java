package org.securebase.threads;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securebase.accounts.Account;
import org.securebase.groups.ConsultationGroup;
import org.securebase.groups.GroupAccess;
import org.securebase.security.Actor;
import org.securebase.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "I may know this client": any reader of a case consultation other than its author steps out of it privately.
 * From then on it is hidden from them (lists, search, its address); the author and the group's supervisors are told
 * (notifications module), the author without the reader's name.
 */
@Service
class Recusals {

    static final int NOTE_LIMIT = 1000;

    private final ThreadReading reading;
    private final RecusalRepository recusals;
    private final ApplicationEventPublisher events;

    Recusals(ThreadReading reading, RecusalRepository recusals, ApplicationEventPublisher events) {
        this.reading = reading;
        this.recusals = recusals;
        this.events = events;
    }

    @Transactional
    void recuse(long threadId, String note) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        reading.readable(actor, t);
        if (t.getKind() != ThreadKind.CASE_CONSULTATION) {
            throw new AccessDeniedException("Only case consultations present a client.");
        }
        if (t.getAuthorId() != null && t.getAuthorId() == actor.id()) {
            throw new AccessDeniedException("This is your own case.");
        }
        String clean = note == null ? "" : note.strip();
        if (clean.length() > NOTE_LIMIT) {
            throw InvalidInputException.of("note", "Use at most " + NOTE_LIMIT + " characters.");
        }
        recusals.save(new Recusal(threadId, actor.id(), clean.isEmpty() ? null : clean));
        events.publishEvent(new ThreadEvents.Recused(threadId, actor.id()));
    }

    /** For the group's supervisors and admins only. */
    @Transactional(readOnly = true)
    RecusalView signals(long threadId) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        ConsultationGroup group = reading.readable(actor, t);
        if (!GroupAccess.canModerate(actor, group)) {
            throw new AccessDeniedException("Only the group's supervisors see who stepped out.");
        }
        List<Recusal> all = recusals.findByThreadIdOrderByCreatedAtAscIdAsc(threadId);
        Map<Long, Account> names =
                reading.authorsOf(all.stream().map(Recusal::getAccountId).toList());
        return new RecusalView(
                all.size(),
                all.stream()
                        .map(r -> new RecusalView.Line(
                                names.containsKey(r.getAccountId())
                                        ? names.get(r.getAccountId()).getDisplayName()
                                        : "A former member",
                                r.getNote(),
                                r.getCreatedAt()))
                        .toList());
    }

    /** The threads a member stepped out of: lists and search leave them out. */
    @Transactional(readOnly = true)
    Set<Long> steppedOutOf(long accountId) {
        return Set.copyOf(recusals.threadIdsOf(accountId));
    }
}
