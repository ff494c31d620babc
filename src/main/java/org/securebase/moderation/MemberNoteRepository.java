package org.securebase.moderation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberNoteRepository extends JpaRepository<MemberNote, Long> {

    List<MemberNote> findByAccountIdOrderByCreatedAtDesc(long accountId);
}
