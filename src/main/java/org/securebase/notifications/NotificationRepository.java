package org.securebase.notifications;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByAccountIdOrderByCreatedAtDesc(long accountId, Pageable page);

    long countByAccountIdAndReadAtIsNull(long accountId);

    List<Notification> findByAccountIdAndReadAtIsNull(long accountId);

    /** What a daily digest may cover: unread, not yet in a digest, of a kind that says what it is. */
    List<Notification> findByReadAtIsNullAndDigestedFalseAndKindIsNotNullOrderByAccountIdAscCreatedAtAsc();

    /** Notifications that name this member as the one who acted. */
    List<Notification> findByActor(String actor);

    List<Notification> findByAccountIdOrderByCreatedAtAsc(long accountId);
}
