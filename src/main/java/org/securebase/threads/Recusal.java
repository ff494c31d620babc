package org.securebase.threads;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "I may know this client": a reader stepped out of a case consultation. Who, and the note, are for the group's
 * supervisors only; the author learns only that it happened.
 */
@Entity
@Table(name = "thread_recusal")
class Recusal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long threadId;
    private long accountId;
    private String note;
    private Instant createdAt = Instant.now();

    protected Recusal() {}

    Recusal(long threadId, long accountId, String note) {
        this.threadId = threadId;
        this.accountId = accountId;
        this.note = note;
    }

    long getAccountId() {
        return accountId;
    }

    String getNote() {
        return note;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
