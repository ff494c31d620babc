package org.securebase.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail: who did what, to which item, when and why. Never updated or deleted. */
@Entity
@Immutable
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private Long actorId;
    private String actorName;
    private String action;
    private String targetType;
    private String targetId;
    private String targetName;
    private String reason;

    protected AuditEntry() {}

    AuditEntry(
            Instant occurredAt,
            Long actorId,
            String actorName,
            String action,
            String targetType,
            String targetId,
            String targetName,
            String reason) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.targetName = targetName;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getTargetName() {
        return targetName;
    }

    public String getReason() {
        return reason;
    }
}
