package org.securebase.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link that confirms the new address a member asked to move their account to; it names that address. */
@Entity
@Table(name = "email_change")
public class EmailChangeLink extends OneTimeLink {

    @Column(nullable = false)
    private String newEmail;

    protected EmailChangeLink() {}

    EmailChangeLink(long accountId, String newEmail, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(accountId, tokenHash, createdAt, expiresAt);
        this.newEmail = newEmail;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
