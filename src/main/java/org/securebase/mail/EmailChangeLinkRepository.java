package org.securebase.mail;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EmailChangeLinkRepository extends JpaRepository<EmailChangeLink, Long> {

    Optional<EmailChangeLink> findByTokenHash(String tokenHash);

    /** Uses a link once: only one request can turn used_at from null to a time, and only before it expires. */
    @Modifying
    @Query("update EmailChangeLink l set l.usedAt = :now "
            + "where l.id = :id and l.usedAt is null and l.expiresAt > :now")
    int use(@Param("id") long id, @Param("now") Instant now);

    /** A new request, or a confirmed one, leaves the account's earlier links of no use. */
    @Modifying
    @Query("update EmailChangeLink l set l.usedAt = :now where l.accountId = :accountId and l.usedAt is null")
    int useAll(@Param("accountId") long accountId, @Param("now") Instant now);
}
