package org.securebase.groups;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupRepository extends JpaRepository<ConsultationGroup, Long> {

    Optional<ConsultationGroup> findByName(String name);

    boolean existsByName(String name);

    List<ConsultationGroup> findAllByOrderByOpenToAllDescNameAsc();
}
