package org.securebase.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only: the trail offers no update or delete. */
public interface AuditRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    long count();

    @Query("""
            select e from AuditEntry e
            where (:text = '' or lower(e.action) like concat('%', :text, '%')
               or lower(e.actorName) like concat('%', :text, '%')
               or lower(coalesce(e.targetName, '')) like concat('%', :text, '%')
               or lower(coalesce(e.reason, '')) like concat('%', :text, '%'))
              and (:area = '' or e.action like concat(:area, '%'))
              and e.occurredAt >= :since and e.occurredAt < :until
            order by e.occurredAt desc, e.id desc
            """)
    List<AuditEntry> search(
            @Param("text") String text,
            @Param("area") String area,
            @Param("since") java.time.Instant since,
            @Param("until") java.time.Instant until,
            Pageable page);
}
