package org.securebase.audit;

import java.time.Instant;

public record AuditLine(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String targetType,
        String targetId,
        String targetName,
        String reason) {

    static AuditLine of(AuditEntry e) {
        return new AuditLine(
                e.getId(),
                e.getOccurredAt(),
                e.getActorName(),
                e.getAction(),
                e.getTargetType(),
                e.getTargetId(),
                e.getTargetName(),
                e.getReason());
    }
}
