package org.securebase.threads;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecusalRepository extends JpaRepository<Recusal, Long> {

    boolean existsByThreadIdAndAccountId(long threadId, long accountId);

    long countByThreadId(long threadId);

    List<Recusal> findByThreadIdOrderByCreatedAtAscIdAsc(long threadId);

    @Query("select r.threadId from Recusal r where r.accountId = :account")
    List<Long> threadIdsOf(@Param("account") long accountId);
}
