package org.securebase.security;

import java.util.Optional;

/**
 * Who an account is right now (role and state from the database). The accounts module implements it, so that
 * security sits below every feature and knows no account table.
 */
public interface ActorLookup {

    Optional<Actor> actor(long accountId);

    /**
     * Whether the account must give a second factor before it may do anything: supervisors and admins always,
     * a therapist who enrolled one or who belongs to a group that requires it. Read from the database.
     */
    default boolean secondFactorRequired(long accountId) {
        return false;
    }
}
