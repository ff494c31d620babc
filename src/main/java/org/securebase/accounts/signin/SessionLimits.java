package org.securebase.accounts.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Ends a signed-in session when it started before the account's credentials last changed (a password reset or
 * change, or "sign out everywhere else"), and in any case once it is older than the absolute lifetime, whatever the
 * activity. Sessions live in each instance's memory (no Spring Session), so instead of finding them, each session
 * notes when it first made a signed-in request, and this filter, just after Spring Security's, compares that with
 * the account's credentials_changed_at, read from the database so that it holds across instances.
 */
@Component
@ConditionalOnWebApplication
class SessionLimits extends SignedInSessionCheck {

    /** When this session's credentials were last known good; moved forward when the member keeps this session. */
    static final String EPOCH = SessionLimits.class.getName() + ".epoch";

    /** When this session first made a signed-in request; never moved. */
    static final String STARTED = SessionLimits.class.getName() + ".started";

    private final Credentials credentials;
    private final Clock clock;
    private final Duration lifetime;

    SessionLimits(
            Credentials credentials,
            Clock clock,
            @Value("${securebase.session.absolute-lifetime:12h}") Duration lifetime) {
        super(1);
        this.credentials = credentials;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    boolean ends(HttpSession session, long accountId, HttpServletRequest request) {
        Instant now = clock.instant();
        Instant started = (Instant) session.getAttribute(STARTED);
        if (started == null) {
            session.setAttribute(STARTED, now);
            session.setAttribute(EPOCH, now);
            return false;
        }
        if (!now.isBefore(started.plus(lifetime))) {
            return true;
        }
        Instant epoch = (Instant) session.getAttribute(EPOCH);
        Instant changed = credentials.changedAt(accountId);
        return changed != null && epoch != null && epoch.isBefore(changed);
    }
}
