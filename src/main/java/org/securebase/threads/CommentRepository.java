package org.securebase.threads;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByThreadIdOrderBySortPath(long threadId, Pageable page);

    long countByThreadId(long threadId);

    long countByThreadIdAndParentIdIsNull(long threadId);

    long countByParentId(long parentId);

    Optional<Comment> findByImportKey(String importKey);

    Optional<Comment> findFirstByThreadIdAndDeletedFalseOrderByCreatedAtDescIdDesc(long threadId);

    Optional<Comment> findFirstByThreadIdAndAuthorIdOrderByCreatedAtDesc(long threadId, Long authorId);

    /** Everything this member wrote, whatever became of it, for their data export. */
    List<Comment> findByAuthorIdOrderByCreatedAtAscIdAsc(Long authorId);
}
