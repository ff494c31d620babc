package org.securebase.accounts.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.securebase.accounts.MemberSessions;
import org.securebase.security.AccountPrincipal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each signed-in session a row in member_session at its first signed-in request, notes "last seen" at most
 * once a minute, and ends the session when its row was ended (by "Sign out" on the profile page, on any instance)
 * the way {@link SessionLimits} ends one whose credentials changed.
 */
@Component
@ConditionalOnWebApplication
class RecordedSessions extends OncePerRequestFilter implements Ordered {

    static final String KEY = RecordedSessions.class.getName() + ".key";
    static final String SEEN = RecordedSessions.class.getName() + ".seen";
    static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final MemberSessions sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecordedSessions(MemberSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            try {
                if (!stillOn(session, principal.accountId(), request)) {
                    SecurityContextHolder.clearContext();
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // the session ended meanwhile; nothing to do
            }
        }
        chain.doFilter(request, response);
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
