package org.securebase.groups;

import java.time.Instant;

/**
 * A group's current covenant as one member sees it: {@code mustAccept} when they have to accept this version
 * before reading the group; {@code canEdit} for its supervisors and admins.
 */
public record CovenantPage(
        long groupId,
        String groupName,
        int version,
        String text,
        Instant writtenAt,
        boolean mustAccept,
        boolean canEdit) {}
