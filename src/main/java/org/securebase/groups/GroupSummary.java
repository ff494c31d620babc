package org.securebase.groups;

import java.util.List;

/** A group as a member sees it. */
public record GroupSummary(
        long id,
        String name,
        String description,
        boolean openToAll,
        int memberCount,
        List<String> supervisors,
        boolean canModerate) {}
