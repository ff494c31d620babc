package org.securebase.audit;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.CsvExport;
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
        entries.save(new AuditEntry(
                clock.instant(),
                actor == null ? null : actor.id(),
                actor == null ? SYSTEM : actor.displayName(),
                action,
                target.type(),
                target.id(),
                target.name(),
                reason));
    }

    @Transactional(readOnly = true)
    public List<AuditLine> search(String text, int offset, int limit) {
        return search(new Filter(text, null, null, null), offset, limit);
    }

    /** Text anywhere, an area (the action's prefix, e.g. "thread."), and a date range [from, to). */
    public record Filter(String text, String area, java.time.LocalDate from, java.time.LocalDate to) {}

    @Transactional(readOnly = true)
    public List<AuditLine> search(Filter filter, int offset, int limit) {
        access.requireAdmin();
        String needle = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        int size = Math.max(1, limit);
        java.time.Instant since = filter.from() == null
                ? java.time.Instant.EPOCH
                : filter.from().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        java.time.Instant until = filter.to() == null
                ? java.time.Instant.parse("9999-01-01T00:00:00Z")
                : filter.to().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return entries
                .search(
                        needle,
                        filter.area() == null ? "" : filter.area(),
                        since,
                        until,
                        PageRequest.of(offset / size, size))
                .stream()
                .map(AuditLine::of)
                .toList();
    }

    /** Every matching line as CSV, newest first; cells a spreadsheet would run as formulas are made inert. */
    @Transactional(readOnly = true)
    public String csv(Filter filter) {
        access.requireAdmin();
        try (CsvExport csv = new CsvExport("when_utc", "who", "action", "target_type", "target_id", "target", "why")) {
            int offset = 0;
            List<AuditLine> page;
            do {
                page = search(filter, offset, 500);
                for (AuditLine l : page) {
                    csv.row(
                            l.occurredAt().toString(),
                            l.actor(),
                            l.action(),
                            l.targetType(),
                            l.targetId(),
                            l.targetName(),
                            l.reason());
                }
                offset += page.size();
            } while (page.size() == 500);
            return csv.toString();
        }
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
