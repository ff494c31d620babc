package org.securebase.moderation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FlagRepository extends JpaRepository<Flag, Long> {

    List<Flag> findByQueueItemId(long queueItemId);

    List<Flag> findByQueueItemIdIn(Collection<Long> queueItemIds);

    List<Flag> findByFlaggerIdOrderByCreatedAtDesc(long flaggerId);

    boolean existsByQueueItemIdAndFlaggerId(long queueItemId, long flaggerId);

    long countByFlaggerIdAndCreatedAtAfter(long flaggerId, java.time.Instant after);
}
