package org.securebase.groups;

import java.util.Set;

/** Who belongs to a group, for the admin page. */
public record GroupMembership(
        long groupId,
        String name,
        String description,
        boolean openToAll,
        Set<Long> memberIds,
        Set<Long> supervisorIds,
        int approvalBelow,
        boolean noteHidesConsultants,
        boolean requiresSecondFactor) {}
