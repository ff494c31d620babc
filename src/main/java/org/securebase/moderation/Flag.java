package org.securebase.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.securebase.threads.FlagReason;

/** One member's flag on a post or comment; flags on the same content gather in one queue item. */
@Entity
public class Flag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long queueItemId;

    @Column(nullable = false)
    private long flaggerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FlagReason reason;

    private String note;

    @Column(nullable = false)
    private Instant createdAt;

    protected Flag() {}

    Flag(long queueItemId, long flaggerId, FlagReason reason, String note, Instant createdAt) {
        this.queueItemId = queueItemId;
        this.flaggerId = flaggerId;
        this.reason = reason;
        this.note = note;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getQueueItemId() {
        return queueItemId;
    }

    public long getFlaggerId() {
        return flaggerId;
    }

    public FlagReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
