package org.securebase.mail;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PasswordResetRepository extends JpaRepository<PasswordReset, Long> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    /** Uses a link once: only one request can turn used_at from null to a time. */
    @Modifying
    @Query("update PasswordReset r set r.usedAt = :now where r.id = :id and r.usedAt is null and r.expiresAt > :now")
    int use(@Param("id") long id, @Param("now") Instant now);

    /** A reset makes every other link of the account useless. */
    @Modifying
    @Query("update PasswordReset r set r.usedAt = :now where r.accountId = :accountId and r.usedAt is null")
    int useAll(@Param("accountId") long accountId, @Param("now") Instant now);

    @Modifying
    @Query("update PasswordReset r set r.expiresAt = :at where r.id = :id")
    int expire(@Param("id") long id, @Param("at") Instant at);
}
