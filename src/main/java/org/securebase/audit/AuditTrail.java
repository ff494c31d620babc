package org.securebase.audit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AuditTrail {

    public static final String SYSTEM = "system";

    private final AuditRepository entries;
    private final AccessPolicy access;
    private final Clock clock;

    public AuditTrail(AuditRepository entries, AccessPolicy access, Clock clock) {
        this.entries = entries;
        this.access = access;
        this.clock = clock;
    }

    /** Records within the caller's transaction, so an action and its audit line commit or roll back together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, String action, Target target, String reason) {
        entries.save(new AuditEntry(clock.instant(), actor == null ? null : actor.id(),
                actor == null ? SYSTEM : actor.displayName(), action, target.type(), target.id(), target.name(),
                reason));
    }

    @Transactional(readOnly = true)
    public List<AuditLine> search(String text, int offset, int limit) {
        access.requireAdmin();
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int page = limit <= 0 ? 0 : offset / limit;
        return entries.search(needle, PageRequest.of(page, Math.max(1, limit))).stream()
                .map(AuditLine::of).toList();
    }

    public record Target(String type, String id, String name) {

        public static Target account(long id, String displayName) {
            return new Target("account", Long.toString(id), displayName);
        }

        public static Target group(long id, String name) {
            return new Target("group", Long.toString(id), name);
        }
    }
}
