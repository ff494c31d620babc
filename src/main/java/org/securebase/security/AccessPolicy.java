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

    public Optional<Actor> currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        return actors.actor(principal.accountId());
    }

    /** Any signed-in account, whatever its state: used for one's own status and profile. */
    public Actor requireSignedIn() {
        return currentActor().orElseThrow(() -> new AccessDeniedException("Please sign in."));
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
