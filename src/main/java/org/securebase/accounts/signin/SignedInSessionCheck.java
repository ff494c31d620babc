package org.securebase.accounts.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.securebase.security.AccountPrincipal;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A check run on every signed-in request, just after Spring Security's filters, that may end the session. The
 * request then goes on signed out: a page load lands on the login page, and Vaadin answers its own requests with
 * "session expired", which reloads the page.
 */
abstract class SignedInSessionCheck extends OncePerRequestFilter implements Ordered {

    private final int place;

    /** {@code place}: this check's position among the checks after Spring Security's filters (1, 2, …). */
    SignedInSessionCheck(int place) {
        this.place = place;
    }

    /** Whether this session must end now. */
    abstract boolean ends(HttpSession session, long accountId, HttpServletRequest request);

    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER + place;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            try {
                if (ends(session, principal.accountId(), request)) {
                    SecurityContextHolder.clearContext();
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // the session ended meanwhile; nothing to do
            }
        }
        chain.doFilter(request, response);
    }
}
