package org.securebase.threads;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DraftRepository extends JpaRepository<Draft, Long> {

    Optional<Draft> findByAccountIdAndDraftKey(long accountId, String draftKey);

    void deleteByAccountIdAndDraftKey(long accountId, String draftKey);

    @Modifying
    @Query("delete from Draft d where d.updatedAt < :before")
    int deleteOlderThan(Instant before);
}
