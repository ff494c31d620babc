package org.securebase.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OutboxRepository extends JpaRepository<OutboxMail, Long> {

    @Query("select m.id from OutboxMail m where m.status = org.securebase.mail.OutboxStatus.PENDING"
            + " and m.notBefore <= :now order by m.notBefore, m.id")
    List<Long> due(@Param("now") Instant now, Pageable page);

    /** Takes a pending mail for sending; only one dispatcher (in any instance) gets 1 back. */
    @Modifying
    @Query("update OutboxMail m set m.status = org.securebase.mail.OutboxStatus.SENDING, m.claimedAt = :now,"
            + " m.attempts = m.attempts + 1 where m.id = :id and m.status = org.securebase.mail.OutboxStatus.PENDING"
            + " and m.notBefore <= :now")
    int claim(@Param("id") long id, @Param("now") Instant now);

    @Modifying
    @Query("update OutboxMail m set m.status = org.securebase.mail.OutboxStatus.SENT, m.sentAt = :now,"
            + " m.lastError = null where m.id = :id and m.status = org.securebase.mail.OutboxStatus.SENDING")
    int sent(@Param("id") long id, @Param("now") Instant now);

    @Modifying
    @Query("update OutboxMail m set m.status = :status, m.notBefore = :retryAt, m.lastError = :error"
            + " where m.id = :id and m.status = org.securebase.mail.OutboxStatus.SENDING")
    int failed(
            @Param("id") long id,
            @Param("status") OutboxStatus status,
            @Param("retryAt") Instant retryAt,
            @Param("error") String error);

    @Modifying
    @Query("update OutboxMail m set m.status = org.securebase.mail.OutboxStatus.CANCELLED,"
            + " m.lastError = 'read in the app first' where m.id = :id"
            + " and m.status = org.securebase.mail.OutboxStatus.SENDING")
    int cancelled(@Param("id") long id);

    /** Mails left "sending" by an instance that stopped mid-way: given up, never re-sent (it may have left). */
    @Modifying
    @Query("update OutboxMail m set m.status = org.securebase.mail.OutboxStatus.FAILED,"
            + " m.lastError = 'interrupted while sending; not retried so it cannot arrive twice'"
            + " where m.status = org.securebase.mail.OutboxStatus.SENDING and m.claimedAt < :before")
    int abandonStale(@Param("before") Instant before);

    List<OutboxMail> findAllByOrderByCreatedAtDesc(Pageable page);

    long countByStatus(OutboxStatus status);

    List<OutboxMail> findByRecipientOrderByIdAsc(String recipient);
}
