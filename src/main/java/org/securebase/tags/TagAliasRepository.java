package org.securebase.tags;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TagAliasRepository extends JpaRepository<TagAlias, String> {

    List<TagAlias> findByTagId(long tagId);
}
