package org.securebase.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One mail in the outbox. Its text is final when written: built from structured facts, never from posts. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailKind kind;

    private Long accountId;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    private String unsubscribeUrl;
    private Long notificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant notBefore;

    private int attempts;
    private Instant claimedAt;
    private Instant sentAt;
    private String lastError;

    protected OutboxMail() {}

    OutboxMail(
            MailKind kind,
            Long accountId,
            String recipient,
            String subject,
            String body,
            String unsubscribeUrl,
            Long notificationId,
            Instant createdAt,
            Instant notBefore) {
        this.kind = kind;
        this.accountId = accountId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.unsubscribeUrl = unsubscribeUrl;
        this.notificationId = notificationId;
        this.createdAt = createdAt;
        this.notBefore = notBefore;
    }

    public Long getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
