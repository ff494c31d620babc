package org.securebase.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A private note on a member, for supervisors and admins only. */
@Entity
public class MemberNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long accountId;

    @Column(nullable = false)
    private long authorId;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private Instant createdAt;

    protected MemberNote() {}

    MemberNote(long accountId, long authorId, String body, Instant createdAt) {
        this.accountId = accountId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
