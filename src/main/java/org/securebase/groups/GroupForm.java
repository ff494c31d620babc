package org.securebase.groups;

import java.util.Set;

public record GroupForm(String name, String description, boolean openToAll, Set<Long> supervisorIds,
                        Set<Long> memberIds) {

    public GroupForm {
        supervisorIds = Set.copyOf(supervisorIds);
        memberIds = Set.copyOf(memberIds);
    }

    public static GroupForm open(String name, String description) {
        return new GroupForm(name, description, true, Set.of(), Set.of());
    }
}
