package org.securebase.moderation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberNoteRepository extends JpaRepository<MemberNote, Long> {

    List<MemberNote> findByAccountIdOrderByCreatedAtDesc(long accountId);

    /** Rows of (account id, how many notes are on it), for a page of the queue at once. */
    @Query("select n.accountId, count(n) from MemberNote n where n.accountId in :accounts group by n.accountId")
    List<Object[]> noteCountsByAccount(@Param("accounts") Collection<Long> accounts);
}
