package org.securebase.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's signed-in sessions, kept in the database so that every instance behind the proxy sees them: the
 * profile page lists them, and ending one sets its row's ended_at, which the session's own instance reads at its
 * next request. Only the member sees their own sessions; admins do not.
 */
@Service
public class MemberSessions {

    /** One signed-in session: the browser in short, and the address with its last part hidden. */
    public record Session(long id, String key, Instant startedAt, Instant lastSeenAt, String browser, String address) {}

    private final SessionRecords records;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration idle;
    private final Duration lifetime;

    MemberSessions(
            SessionRecords records,
            AccessPolicy access,
            AuditTrail audit,
            Clock clock,
            @Value("${server.servlet.session.timeout:30m}") Duration idle,
            @Value("${securebase.session.absolute-lifetime:12h}") Duration lifetime) {
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.idle = idle;
        this.lifetime = lifetime;
    }

    /** A session has just signed in (or made its first signed-in request). */
    @Transactional
    public void begin(String key, long accountId, String browser, String address) {
        records.insert(key, accountId, clock.instant(), browser, address);
    }

    @Transactional(readOnly = true)
    public boolean live(String key) {
        return records.live(key);
    }

    @Transactional
    public void seen(String key) {
        records.touch(key, clock.instant());
    }

    /** The session ended where it lives (sign-out, idle timeout, its lifetime). */
    @Transactional
    public void ended(String key) {
        records.endByKey(key, clock.instant());
    }

    /** The current member's open sessions, most recently seen first. */
    @Transactional(readOnly = true)
    public List<Session> mine() {
        Actor actor = access.requireActiveMember();
        Instant now = clock.instant();
        return records.open(actor.id(), now.minus(idle), now.minus(lifetime));
    }

    /** "Sign out" on one of the current member's sessions: it ends at its next request, on whichever instance. */
    @Transactional
    public boolean end(long sessionId) {
        Actor actor = access.requireActiveMember();
        Session session = records.open(actor.id(), Instant.EPOCH, Instant.EPOCH).stream()
                .filter(s -> s.id() == sessionId)
                .findFirst()
                .orElse(null);
        if (session == null || records.end(actor.id(), sessionId, clock.instant()) == 0) {
            return false;
        }
        audit.record(
                actor,
                "account.session-ended",
                Target.account(actor.id(), actor.displayName()),
                session.browser() + ", " + session.address());
        return true;
    }

    /** "Sign out everywhere else", or a password change: the current member's other sessions end. */
    @Transactional
    public void endMyOthers(String keep) {
        records.endAllBut(access.requireActiveMember().id(), keep, clock.instant());
    }

    /** Ends every session of the account but {@code keep} (null: every one), e.g. on suspension. */
    @Transactional
    public void endAllBut(long accountId, String keep) {
        records.endAllBut(accountId, keep, clock.instant());
    }

    @Scheduled(fixedDelay = 3_600_000)
    // No lockAtLeastFor: the purge is idempotent, and a lock outliving it would skip a direct call made right after.
    @SchedulerLock(name = "member-session-purge")
    @Transactional
    public void purge() {
        records.purge(clock.instant().minus(lifetime));
    }
}
