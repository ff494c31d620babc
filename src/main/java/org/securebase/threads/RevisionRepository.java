package org.securebase.threads;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByThreadIdAndCommentIdIsNullOrderByReplacedAtDesc(long threadId);

    List<Revision> findByCommentIdOrderByReplacedAtDesc(long commentId);

    List<Revision> findByThreadId(long threadId);
}
