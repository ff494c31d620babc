package org.securebase.threads;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Unposted text, kept for its author only, encrypted at rest. */
@Entity
public class Draft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;
    private String draftKey;
    private String title;
    private String body;
    private Instant updatedAt;

    protected Draft() {}

    Draft(long accountId, String draftKey) {
        this.accountId = accountId;
        this.draftKey = draftKey;
    }

    void update(String encryptedTitle, String encryptedBody, Instant at) {
        this.title = encryptedTitle;
        this.body = encryptedBody;
        this.updatedAt = at;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
