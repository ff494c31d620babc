package org.securebase.threads;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseReflectionRepository extends JpaRepository<CaseReflection, Long> {

    /** Reflections whose follow-up date has come and whose author has not been reminded yet. */
    List<CaseReflection> findByFollowUpOnLessThanEqualAndRemindedAtIsNull(LocalDate day);
}
