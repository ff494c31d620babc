package org.securebase.groups;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CovenantAcceptanceRepository extends JpaRepository<CovenantAcceptance, Long> {

    boolean existsByGroupIdAndAccountIdAndVersion(long groupId, long accountId, int version);

    List<CovenantAcceptance> findByGroupIdOrderByAcceptedAtDescIdDesc(long groupId);

    /** The highest version the account accepted in each group: rows of (group id, version). */
    @Query("select a.groupId, max(a.version) from CovenantAcceptance a where a.accountId = :account group by a.groupId")
    List<Object[]> acceptedVersions(@Param("account") long accountId);
}
