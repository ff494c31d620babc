package org.securebase.groups;

import java.util.Set;

/**
 * {@code approvalBelow}: members with fewer approved posts than this have each new post reviewed (0: off).
 * {@code noteHidesConsultants}: the consultation note names consultants by role and credential only.
 * {@code requiresSecondFactor}: the group's members must sign in with a second factor (issue 15).
 */
public record GroupForm(
        String name,
        String description,
        boolean openToAll,
        Set<Long> supervisorIds,
        Set<Long> memberIds,
        int approvalBelow,
        boolean noteHidesConsultants,
        boolean requiresSecondFactor) {

    public GroupForm {
        supervisorIds = Set.copyOf(supervisorIds);
        memberIds = Set.copyOf(memberIds);
    }

    public GroupForm(String name, String description, boolean openToAll, Set<Long> supervisorIds, Set<Long> memberIds) {
        this(name, description, openToAll, supervisorIds, memberIds, 0);
    }

    public GroupForm(
            String name,
            String description,
            boolean openToAll,
            Set<Long> supervisorIds,
            Set<Long> memberIds,
            int approvalBelow) {
        this(name, description, openToAll, supervisorIds, memberIds, approvalBelow, false);
    }

    public GroupForm(
            String name,
            String description,
            boolean openToAll,
            Set<Long> supervisorIds,
            Set<Long> memberIds,
            int approvalBelow,
            boolean noteHidesConsultants) {
        this(name, description, openToAll, supervisorIds, memberIds, approvalBelow, noteHidesConsultants, false);
    }

    public static GroupForm open(String name, String description) {
        return new GroupForm(name, description, true, Set.of(), Set.of());
    }
}
