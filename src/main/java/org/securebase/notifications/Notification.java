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

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private NotificationKind kind;

    private Long groupId;
    private String actor;
    private boolean digested;
    /** The thread it is about, if any: a redaction there reaches this message too. */
    private Long threadId;

    protected Notification() {}

    Notification(long accountId, String message, String link, boolean urgent, Instant createdAt, Long threadId) {
        this.threadId = threadId;
        this.accountId = accountId;
        this.message = message;
        this.link = link;
        this.urgent = urgent;
        this.createdAt = createdAt;
    }

    void about(Notice notice) {
        this.kind = notice.kind();
        this.groupId = notice.groupId();
        this.actor = notice.actor();
    }

    /** The member who acted closed their account: the message says "Former member" where it named them. */
    void actorLeft(String formerName, String shownAs) {
        if (message.startsWith(formerName)) {
            message = shownAs + message.substring(formerName.length());
        }
        actor = shownAs;
    }

    public void digested() {
        this.digested = true;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getMessage() {
        return message;
    }

    public String getLink() {
        return link;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getGroupId() {
        return groupId;
    }

    public String getActor() {
        return actor;
    }

    public boolean isDigested() {
        return digested;
    }
}
