package org.securebase.mail;

import jakarta.persistence.Entity;
import java.time.Instant;

/** A link that confirms a new account's email: the hash of its token, when it expires, and whether it was used. */
@Entity
public class EmailVerification extends OneTimeLink {

    protected EmailVerification() {}

    EmailVerification(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(accountId, tokenHash, createdAt, expiresAt);
    }
}
