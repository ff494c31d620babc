package org.securebase.accounts.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.securebase.accounts.MemberSessions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Gives each signed-in session a row in member_session at its first signed-in request, notes "last seen" at most
 * once a minute, and ends the session when its row was ended (by "Sign out" on the profile page, on any instance)
 * the way {@link SessionLimits} ends one whose credentials changed.
 */
@Component
@ConditionalOnWebApplication
class RecordedSessions extends SignedInSessionCheck {

    static final String KEY = RecordedSessions.class.getName() + ".key";
    static final String SEEN = RecordedSessions.class.getName() + ".seen";
    static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final MemberSessions sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecordedSessions(MemberSessions sessions, Clock clock) {
        super(2);
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    boolean ends(HttpSession session, long accountId, HttpServletRequest request) {
        return !stillOn(session, accountId, request);
    }

    private boolean stillOn(HttpSession session, long accountId, HttpServletRequest request) {
        Instant now = clock.instant();
        String key = (String) session.getAttribute(KEY);
        if (key == null) {
            byte[] id = new byte[24];
            random.nextBytes(id);
            key = B64.encodeToString(id);
            sessions.begin(
                    key,
                    accountId,
                    Browsers.describe(request.getHeader("User-Agent")),
                    Addresses.truncate(request.getRemoteAddr()));
            session.setAttribute(KEY, key);
            session.setAttribute(SEEN, now);
            return true;
        }
        if (!sessions.live(key)) {
            return false;
        }
        Instant seen = (Instant) session.getAttribute(SEEN);
        if (seen == null || !now.isBefore(seen.plus(SEEN_EVERY))) {
            sessions.seen(key);
            session.setAttribute(SEEN, now);
        }
        return true;
    }
}
