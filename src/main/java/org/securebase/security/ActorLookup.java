package org.securebase.security;

import java.util.Optional;

/**
 * Who an account is right now (role and state from the database). The accounts module implements it, so that
 * security sits below every feature and knows no account table.
 */
public interface ActorLookup {

    Optional<Actor> actor(long accountId);
}
