package org.securebase.mail;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.securebase.security.AccountPrincipal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends every session of an account that signed in before its password was reset. Sessions live in each
 * instance's memory (no Spring Session), so instead of finding them, each session notes when it first made a
 * signed-in request, and this filter, just after Spring Security's, compares that with the account's
 * credentials_changed_at (read from the database, so it holds across instances).
 */
@Component
@ConditionalOnWebApplication
class EndSessionsAfterReset extends OncePerRequestFilter implements Ordered {

    static final String SIGNED_IN_AT = EndSessionsAfterReset.class.getName() + ".signedInAt";

    private final Credentials credentials;
    private final Clock clock;

    EndSessionsAfterReset(Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
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
                Instant since = (Instant) session.getAttribute(SIGNED_IN_AT);
                if (since == null) {
                    session.setAttribute(SIGNED_IN_AT, clock.instant());
                } else {
                    Instant changed = credentials.changedAt(principal.accountId());
                    if (changed != null && since.isBefore(changed)) {
                        SecurityContextHolder.clearContext();
                        session.invalidate();
                        // The request goes on signed out: a page load lands on the login page, and Vaadin
                        // answers its own requests with "session expired", which reloads the page.
                    }
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // the session ended meanwhile; nothing to do
            }
        }
        chain.doFilter(request, response);
    }
}
