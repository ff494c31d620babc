package org.securebase.mail;

import jakarta.persistence.Entity;
import java.time.Instant;

/** A password-reset link: the hash of its token, when it expires, and whether it was used. */
@Entity
public class PasswordReset extends OneTimeLink {

    protected PasswordReset() {}

    PasswordReset(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(accountId, tokenHash, createdAt, expiresAt);
    }
}
