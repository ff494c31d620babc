package org.securebase.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A message for one member: a review outcome, a flag's outcome, a warning, or a risk alert for supervisors. */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private long accountId;
    @Column(nullable = false)
    private String message;
    private String link;
    private boolean urgent;
    @Column(nullable = false)
    private Instant createdAt;
    private Instant readAt;
    /** The thread it is about, if any: a redaction there reaches this message too. */
    private Long threadId;

    protected Notification() {
    }

    Notification(long accountId, String message, String link, boolean urgent, Instant createdAt, Long threadId) {
        this.threadId = threadId;
        this.accountId = accountId;
        this.message = message;
        this.link = link;
        this.urgent = urgent;
        this.createdAt = createdAt;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getMessage() { return message; }
    public String getLink() { return link; }
    public boolean isUrgent() { return urgent; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
