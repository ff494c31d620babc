package org.securebase.groups;

import org.springframework.security.access.AccessDeniedException;

/** The member has not accepted the current version of the group's covenant; views show it with "I accept". */
public class CovenantRequiredException extends AccessDeniedException {

    private final long groupId;

    public CovenantRequiredException(long groupId) {
        super("Please read and accept this group's covenant first.");
        this.groupId = groupId;
    }

    public long groupId() {
        return groupId;
    }
}
