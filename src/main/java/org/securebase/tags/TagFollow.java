package org.securebase.tags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A member following a tag, so notifications can tell them about new threads with it. */
@Entity
public class TagFollow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long accountId;

    @Column(nullable = false)
    private long tagId;

    @Column(nullable = false)
    private Instant followedAt;

    protected TagFollow() {}

    TagFollow(long accountId, long tagId, Instant followedAt) {
        this.accountId = accountId;
        this.tagId = tagId;
        this.followedAt = followedAt;
    }

    void moveTo(long tagId) {
        this.tagId = tagId;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getTagId() {
        return tagId;
    }
}
