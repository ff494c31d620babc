package org.securebase.groups;

import java.util.Set;

/** {@code approvalBelow}: members with fewer approved posts than this have each new post reviewed (0: off). */
public record GroupForm(
        String name,
        String description,
        boolean openToAll,
        Set<Long> supervisorIds,
        Set<Long> memberIds,
        int approvalBelow) {

    public GroupForm {
        supervisorIds = Set.copyOf(supervisorIds);
        memberIds = Set.copyOf(memberIds);
    }

    public GroupForm(String name, String description, boolean openToAll, Set<Long> supervisorIds, Set<Long> memberIds) {
        this(name, description, openToAll, supervisorIds, memberIds, 0);
    }

    public static GroupForm open(String name, String description) {
        return new GroupForm(name, description, true, Set.of(), Set.of());
    }
}
