package org.securebase.tags;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TagFollowRepository extends JpaRepository<TagFollow, Long> {

    Optional<TagFollow> findByAccountIdAndTagId(long accountId, long tagId);

    List<TagFollow> findByAccountId(long accountId);

    List<TagFollow> findByTagId(long tagId);

    long countByTagId(long tagId);
}
