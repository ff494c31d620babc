package org.securebase.moderation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WatchedWordRepository extends JpaRepository<WatchedWord, Long> {

    Optional<WatchedWord> findByPhrase(String phrase);
}
