package org.securebase.vignettes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThreadPlaceholderRepository extends JpaRepository<ThreadPlaceholder, ThreadPlaceholder.Key> {

    @Query("select p from ThreadPlaceholder p where p.key.threadId = :threadId")
    List<ThreadPlaceholder> findByThreadId(long threadId);
}
