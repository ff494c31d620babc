package org.securebase.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Brings the signed-in session's roles up to date after a verification or role change, so a member does not have
 * to sign out and in again. Services never rely on these roles (they read the database); views do.
 */
@Component
public class SessionAuthorities {

    private final UserDetailsService users;
    private final Clock clock;

    public SessionAuthorities(UserDetailsService users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** Returns true when the session's roles changed. */
    public boolean refresh() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof AccountPrincipal principal)) {
            return false;
        }
        if (Factors.has(current, Factors.OWED)) {
            return false; // no role until the second factor is given: see grantFactor
        }
        UserDetails fresh = users.loadUserByUsername(principal.getUsername());
        if (roles(current).equals(roles(fresh.getAuthorities()))) {
            return false;
        }
        Set<GrantedAuthority> authorities = new HashSet<>(fresh.getAuthorities());
        current.getAuthorities().stream()
                .filter(a -> !a.getAuthority().startsWith("ROLE_"))
                .forEach(authorities::add);
        store(fresh, authorities);
        return true;
    }

    /**
     * Marks this session as having given its second factor: the marker {@code factor} (see {@link Factors}) and
     * the account's roles from the database replace the {@link Factors#OWED} mark that the password sign-in left.
     * The marker is Spring Security's {@link FactorGrantedAuthority}, stamped with now: a step that asks for the
     * factor again unless it was given a few minutes ago reads the stamp ({@link Factors#givenSince}).
     */
    public void grantFactor(String factor) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new IllegalStateException("No signed-in session to mark");
        }
        UserDetails fresh = users.loadUserByUsername(principal.getUsername());
        Set<GrantedAuthority> authorities = new HashSet<>(fresh.getAuthorities());
        current.getAuthorities().stream()
                .filter(a -> !a.getAuthority().startsWith("ROLE_"))
                .filter(a -> !a.getAuthority().equals(Factors.OWED))
                .forEach(authorities::add);
        authorities.add(FactorGrantedAuthority.withAuthority(factor)
                .issuedAt(clock.instant())
                .build());
        store(fresh, authorities);
        newSessionId();
    }

    /**
     * A new session id once the factor is given, as at the password (ASVS 3.2.1): an id learnt between the password
     * and the code is worth nothing after it. The servlet keeps the session's attributes (Vaadin's session among
     * them), so the open page carries on; the response sets the new cookie.
     */
    private static void newSessionId() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null || request.getHttpServletRequest().getSession(false) == null) {
            return;
        }
        try {
            request.getHttpServletRequest().changeSessionId();
        } catch (UnsupportedOperationException e) {
            // only the browserless view tests' mock request cannot; a servlet container always can
        }
    }

    private static void store(UserDetails fresh, Set<GrantedAuthority> authorities) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, authorities));
        SecurityContextHolder.setContext(context);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    private static Set<String> roles(Authentication authentication) {
        return roles(authentication.getAuthorities());
    }

    private static Set<String> roles(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .collect(Collectors.toSet());
    }
}
