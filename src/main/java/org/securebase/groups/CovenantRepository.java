package org.securebase.groups;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CovenantRepository extends JpaRepository<GroupCovenant, Long> {

    Optional<GroupCovenant> findFirstByGroupIdOrderByVersionDesc(long groupId);

    /** Each group's current version: rows of (group id, version). */
    @Query("select c.groupId, max(c.version) from GroupCovenant c group by c.groupId")
    List<Object[]> currentVersions();
}
