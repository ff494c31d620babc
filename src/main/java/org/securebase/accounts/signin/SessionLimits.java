package org.securebase.accounts.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.securebase.security.AccountPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session when it started before the account's credentials last changed (a password reset or
 * change, or "sign out everywhere else"), and in any case once it is older than the absolute lifetime, whatever the
 * activity. Sessions live in each instance's memory (no Spring Session), so instead of finding them, each session
 * notes when it first made a signed-in request, and this filter, just after Spring Security's, compares that with
 * the account's credentials_changed_at, read from the database so that it holds across instances.
 */
@Component
@ConditionalOnWebApplication
class SessionLimits extends OncePerRequestFilter implements Ordered {

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
        this.credentials = credentials;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            try {
                if (expired(session, principal.accountId())) {
                    SecurityContextHolder.clearContext();
                    session.invalidate();
                    // The request goes on signed out: a page load lands on the login page, and Vaadin
                    // answers its own requests with "session expired", which reloads the page.
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // the session ended meanwhile; nothing to do
            }
        }
        chain.doFilter(request, response);
    }

    private boolean expired(HttpSession session, long accountId) {
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
