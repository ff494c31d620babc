package org.securebase.moderation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.securebase.audit.AuditTrail;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins' lists of words and phrases that block a post, hold it for approval, or flag it. */
@Service
public class WatchedWords {

    public record Line(long id, String phrase, WatchedAction action) {}

    private final WatchedWordRepository words;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Clock clock;

    public WatchedWords(WatchedWordRepository words, AccessPolicy access, AuditTrail audit, Clock clock) {
        this.words = words;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Line> list() {
        access.requireAdmin();
        return words.findAll().stream()
                .sorted(Comparator.comparing(WatchedWord::getAction).thenComparing(WatchedWord::getPhrase))
                .map(w -> new Line(w.getId(), w.getPhrase(), w.getAction()))
                .toList();
    }

    @Transactional
    public void add(String phrase, WatchedAction action) {
        Actor actor = access.requireAdmin();
        String text = Inputs.clean(phrase).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw InvalidInputException.of("phrase", "Type a word or phrase.");
        }
        if (text.length() > 100) {
            throw InvalidInputException.of("phrase", "Use at most 100 characters.");
        }
        if (action == null) {
            throw InvalidInputException.of("action", "Choose what happens.");
        }
        if (words.findByPhrase(text).isPresent()) {
            throw InvalidInputException.of("phrase", "\"" + text + "\" is already on the list.");
        }
        WatchedWord saved = words.save(new WatchedWord(text, action, clock.instant()));
        audit.record(actor, "watched-word.added", target(saved), action.label());
    }

    @Transactional
    public void remove(long id) {
        Actor actor = access.requireAdmin();
        words.findById(id).ifPresent(w -> {
            words.delete(w);
            audit.record(actor, "watched-word.removed", target(w), null);
        });
    }

    private static AuditTrail.Target target(WatchedWord w) {
        return new AuditTrail.Target("watched-word", Long.toString(w.getId()), w.getPhrase());
    }
}
