package org.securebase.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The access rules every service applies before it does anything. The caller's role and state come from the
 * database, not from the session, so a suspension or role change takes effect on the next call.
 */
@Component
public class AccessPolicy {

    private final ActorLookup actors;

    public AccessPolicy(ActorLookup actors) {
        this.actors = actors;
    }

    /**
     * The signed-in account, or none. A session whose account needs a second factor (read from the database, so
     * a member promoted mid-session is caught on the next call) counts as no one until it has given the factor
     * ({@link Factors#TOTP} or {@link Factors#WEBAUTHN}): a stolen password alone reaches nothing.
     */
    public Optional<Actor> currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        Optional<Actor> actor = actors.actor(principal.accountId());
        if (actor.isPresent() && owesSecondFactor(auth, principal.accountId())) {
            return Optional.empty();
        }
        return actor;
    }

    /**
     * The signed-in account's id whether or not it has given its second factor: only for enrolling and checking
     * that factor, the one thing such a session may do.
     */
    public Optional<Long> signedInAccountId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        return Optional.of(principal.accountId());
    }

    /** Whether this session gave its second factor (an app's code, a recovery code or a passkey) at or after then. */
    public boolean factorGivenSince(java.time.Instant since) {
        return Factors.givenSince(SecurityContextHolder.getContext().getAuthentication(), since);
    }

    /** Whether this session still owes its account's second factor. */
    public boolean owesSecondFactor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getPrincipal() instanceof AccountPrincipal principal
                && owesSecondFactor(auth, principal.accountId());
    }

    private boolean owesSecondFactor(Authentication auth, long accountId) {
        return !Factors.given(auth) && actors.secondFactorRequired(accountId);
    }

    /** Any signed-in account, whatever its state: used for one's own status and profile. */
    public Actor requireSignedIn() {
        return currentActor()
                .orElseThrow(() -> new AccessDeniedException(
                        owesSecondFactor()
                                ? "Please use your passkey or enter the code from your authenticator app first."
                                : "Please sign in."));
    }

    public Actor requireActiveMember() {
        Actor actor = requireSignedIn();
        if (!actor.active()) {
            throw new AccessDeniedException("Your account is not active.");
        }
        return actor;
    }

    public Actor requireVerifier() {
        Actor actor = requireActiveMember();
        if (!actor.verifier()) {
            throw new AccessDeniedException("Only supervisors and administrators may do this.");
        }
        return actor;
    }

    public Actor requireAdmin() {
        Actor actor = requireActiveMember();
        if (!actor.admin()) {
            throw new AccessDeniedException("Only administrators may do this.");
        }
        return actor;
    }
}
