package org.securebase.threads;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securebase.security.Actor;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;
import org.securebase.vignettes.IdentifierGuard;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The loop on a case consultation after colleagues answered: the author's closing reflection (what I will try, what
 * I decided not to do and why), an optional follow-up date with its reminder, and the author's "Follow-up" comment.
 * Reflection text goes through the identifier check with the thread's placeholder map, like every case text.
 */
@Service
public class ConsultationLoop {

    public static final int REFLECTION_LIMIT = 4_000;

    /** The reflection as readers of the thread see it; {@code canReflect} is true for the author. */
    public record LoopView(LoopState state, Reflection reflection, boolean canReflect) {}

    public record Reflection(String willTry, String notDoing, LocalDate followUpOn) {}

    /** A follow-up date has come: whom to remind about which thread. */
    public record DueFollowUp(long threadId, long authorId, String title) {}

    private final ThreadReading reading;
    private final CaseReflectionRepository reflections;
    private final CommentPosting commentPosting;
    private final IdentifierGuard guard;
    private final Clock clock;

    ConsultationLoop(
            ThreadReading reading,
            CaseReflectionRepository reflections,
            CommentPosting commentPosting,
            IdentifierGuard guard,
            Clock clock) {
        this.reading = reading;
        this.reflections = reflections;
        this.commentPosting = commentPosting;
        this.guard = guard;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public LoopView loop(long threadId) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        reading.readable(actor, t);
        Reflection reflection = reflections
                .findById(threadId)
                .map(r -> new Reflection(r.getWillTry(), r.getNotDoing(), r.getFollowUpOn()))
                .orElse(null);
        return new LoopView(t.getLoopState(), reflection, canReflect(actor, t));
    }

    /**
     * The author's closing reflection, written or rewritten. Refused while either field holds an unresolved
     * identifier; words marked "not identifying" are kept with it so the consultation note's check honours them.
     */
    @Transactional
    public void reflect(long threadId, String willTry, String notDoing, LocalDate followUpOn, Set<String> kept) {
        Actor actor = reading.member();
        DiscussionThread t = reading.loadForUpdate(threadId);
        reading.readable(actor, t);
        if (!canReflect(actor, t)) {
            throw new AccessDeniedException("Only the author reflects on a published case consultation.");
        }
        String tryText = valid("willTry", willTry, "Please write what you will try.");
        String notText = valid("notDoing", notDoing, "Please write what you decided not to do, and why.");
        LocalDate today = LocalDate.now(clock);
        if (followUpOn != null && !followUpOn.isAfter(today)) {
            throw InvalidInputException.of("followUpOn", "Choose a follow-up date after today.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("willTry", tryText);
        fields.put("notDoing", notText);
        var placeholders = guard.placeholders(threadId);
        guard.requireResolved(fields, kept, placeholders);
        guard.remember(threadId, placeholders);
        Instant now = clock.instant();
        CaseReflection reflection = reflections.findById(threadId).orElseGet(() -> new CaseReflection(threadId));
        reflection.write(tryText, notText, followUpOn, kept, now);
        reflections.save(reflection);
        t.reflected(now);
    }

    /** The author's update after the consultation: a top-level comment marked "Follow-up", checked as any comment. */
    @Transactional
    public Posted followUp(long threadId, String body, Set<String> notIdentifying) {
        Actor actor = reading.member();
        DiscussionThread t = reading.load(threadId);
        reading.readable(actor, t);
        if (!canReflect(actor, t)) {
            throw new AccessDeniedException("Only the author posts a follow-up on a case consultation.");
        }
        return commentPosting.postComment(threadId, null, body, false, notIdentifying, true);
    }

    /**
     * The follow-ups due on {@code day} (or earlier, if a reminder was missed), each marked reminded so it is sent
     * once. Called by the notifications module's daily job, which has no member signed in.
     */
    @Transactional
    public List<DueFollowUp> remindDue(LocalDate day) {
        Instant now = clock.instant();
        return reflections.findByFollowUpOnLessThanEqualAndRemindedAtIsNull(day).stream()
                .map(r -> {
                    r.reminded(now);
                    DiscussionThread t = reading.load(r.getThreadId());
                    return t.getAuthorId() == null || t.getStatus() != ThreadStatus.PUBLISHED
                            ? null
                            : new DueFollowUp(t.getId(), t.getAuthorId(), t.getTitle());
                })
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** Words the author marked "not identifying" in the post and in the reflection. */
    Set<String> keptDetails(DiscussionThread t) {
        Set<String> kept = new HashSet<>();
        if (t.getKeptDetails() != null) {
            kept.addAll(Set.of(t.getKeptDetails().split("\n")));
        }
        reflections.findById(t.getId()).ifPresent(r -> kept.addAll(r.keptDetails()));
        return kept;
    }

    java.util.Optional<CaseReflection> reflectionOf(long threadId) {
        return reflections.findById(threadId);
    }

    static boolean canReflect(Actor actor, DiscussionThread t) {
        return t.getKind() == ThreadKind.CASE_CONSULTATION
                && t.getStatus() == ThreadStatus.PUBLISHED
                && t.getAuthorId() != null
                && t.getAuthorId() == actor.id();
    }

    private static String valid(String field, String value, String missing) {
        String text = Inputs.clean(value);
        if (text.isEmpty()) {
            throw InvalidInputException.of(field, missing);
        }
        if (text.length() > REFLECTION_LIMIT) {
            throw InvalidInputException.of(field, "Use at most " + REFLECTION_LIMIT + " characters.");
        }
        return text;
    }
}
