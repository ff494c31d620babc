package org.securebase.accounts;

import org.securebase.security.Actor;

/**
 * Whether someone may warn, silence, suspend or write notes about a member: admins always, supervisors for the
 * therapists of the groups they supervise. Groups answers it, since it knows who supervises whom.
 */
public interface MemberOversight {

    boolean oversees(Actor actor, Actor member);
}
