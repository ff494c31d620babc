package org.securebase.mail;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EmailVerificationRepository extends JpaRepository<EmailVerification, Long> {

    Optional<EmailVerification> findByTokenHash(String tokenHash);

    /** When the account was last sent a link, to send at most one a minute. */
    @Query("select max(v.createdAt) from EmailVerification v where v.accountId = :accountId")
    Optional<Instant> lastSent(@Param("accountId") long accountId);

    /** Uses a link once: only one request can turn used_at from null to a time, and only before it expires. */
    @Modifying
    @Query("update EmailVerification v set v.usedAt = :now "
            + "where v.id = :id and v.usedAt is null and v.expiresAt > :now")
    int use(@Param("id") long id, @Param("now") Instant now);

    /** Once the address is confirmed, the account's other links are of no more use. */
    @Modifying
    @Query("update EmailVerification v set v.usedAt = :now where v.accountId = :accountId and v.usedAt is null")
    int useAll(@Param("accountId") long accountId, @Param("now") Instant now);
}
