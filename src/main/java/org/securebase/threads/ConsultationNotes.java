package org.securebase.threads;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.securebase.accounts.Account;
import org.securebase.audit.AuditTrail;
import org.securebase.deidentification.Detection;
import org.securebase.groups.ConsultationGroup;
import org.securebase.security.Actor;
import org.securebase.vignettes.IdentifierGuard;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Consultation note" a case consultation's author takes back to the client's file. Everything it would print
 * goes through the identifier check again; with a finding, nothing is produced and the findings are listed by
 * field. Every export is in the audit trail (who, which thread, when), never its content.
 */
@Service
public class ConsultationNotes {

    static final int MAX_COMMENTS = 5_000;

    /** A helpful answer, with the text the author starts the excerpt from. */
    public record HelpfulAnswer(long commentId, String consultant, String text) {}

    /** What the export dialog shows before the author edits the excerpts. */
    public record NoteDraft(long threadId, String title, List<HelpfulAnswer> helpful, boolean reflected) {}

    /** The note, ready to download. */
    public record NoteFile(String fileName, byte[] pdf) {}

    private final ThreadReading reading;
    private final CommentRepository comments;
    private final ConsultationLoop loop;
    private final IdentifierGuard guard;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    ConsultationNotes(
            ThreadReading reading,
            CommentRepository comments,
            ConsultationLoop loop,
            IdentifierGuard guard,
            AuditTrail audit,
            java.time.Clock clock) {
        this.reading = reading;
        this.comments = comments;
        this.loop = loop;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public NoteDraft draft(long threadId) {
        Actor actor = reading.member();
        DiscussionThread t = authorsThread(actor, threadId);
        List<Comment> all = visibleComments(t);
        Map<Long, Account> authors =
                reading.authorsOf(all.stream().map(Comment::getAuthorId).toList());
        List<HelpfulAnswer> helpful = all.stream()
                .filter(Comment::isHelpful)
                .map(c -> new HelpfulAnswer(c.getId(), consultant(c, authors), c.getBody()))
                .toList();
        return new NoteDraft(
                threadId, t.getTitle(), helpful, loop.reflectionOf(threadId).isPresent());
    }

    /**
     * Builds the note from the author's excerpts (comment id to excerpt; a helpful answer left out is not printed).
     * Throws {@link NoteRefused} when the check finds anything in what would be printed.
     */
    @Transactional
    public NoteFile export(long threadId, Map<Long, String> excerpts) {
        Actor actor = reading.member();
        DiscussionThread t = authorsThread(actor, threadId);
        ConsultationGroup group = reading.readable(actor, t);
        CaseReflection reflection = loop.reflectionOf(threadId)
                .orElseThrow(() -> new NoteRefused(Map.of(
                        "Reflection", List.of("Write your reflection and decision before exporting the note."))));
        List<Comment> all = visibleComments(t);
        Map<Long, Account> authors =
                reading.authorsOf(all.stream().map(Comment::getAuthorId).toList());
        List<NotePdf.Digest> digests = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Title", t.getTitle());
        fields.put("Question", Objects.requireNonNullElse(t.getQuestion(), ""));
        for (Comment c : all) {
            String excerpt = excerpts.get(c.getId());
            if (c.isHelpful() && excerpt != null && !excerpt.isBlank()) {
                String consultant = group.isNoteHidesConsultants() ? byRole(c, authors) : consultant(c, authors);
                digests.add(new NotePdf.Digest(consultant, excerpt.strip()));
                fields.put("Helpful answer " + digests.size() + " (" + consultant + ")", excerpt.strip());
            }
        }
        fields.put("What I will try", reflection.getWillTry());
        fields.put("What I decided not to do, and why", reflection.getNotDoing());
        Map<String, List<String>> found = new LinkedHashMap<>();
        guard.unresolved(fields, loop.keptDetails(t), guard.placeholders(threadId))
                .forEach((field, detections) -> {
                    if (!detections.isEmpty()) {
                        String text = fields.get(field);
                        found.put(
                                field,
                                detections.stream()
                                        .map(d -> d.textIn(text) + " (" + label(d) + ")")
                                        .distinct()
                                        .toList());
                    }
                });
        if (!found.isEmpty()) {
            throw new NoteRefused(found);
        }
        Instant lastReply = all.stream()
                .filter(c -> !Objects.equals(c.getAuthorId(), t.getAuthorId()))
                .map(Comment::getCreatedAt)
                .max(Instant::compareTo)
                .orElse(null);
        LinkedHashSet<String> consultants = new LinkedHashSet<>();
        all.stream()
                .filter(c -> !Objects.equals(c.getAuthorId(), t.getAuthorId()))
                .forEach(c ->
                        consultants.add(group.isNoteHidesConsultants() ? byRole(c, authors) : consultant(c, authors)));
        byte[] pdf = NotePdf.render(new NotePdf.Note(
                t.getCreatedAt(),
                lastReply,
                group.getName(),
                t.getTitle(),
                t.getQuestion(),
                List.copyOf(consultants),
                digests,
                reflection.getWillTry(),
                reflection.getNotDoing(),
                t.isAttested(),
                clock.instant()));
        audit.record(
                actor,
                "thread.note-exported",
                new AuditTrail.Target("thread", Long.toString(threadId), "case consultation #" + threadId),
                "consultation note exported by its author");
        return new NoteFile("consultation-note-" + threadId + ".pdf", pdf);
    }

    private DiscussionThread authorsThread(Actor actor, long threadId) {
        DiscussionThread t = reading.load(threadId);
        reading.readable(actor, t);
        if (!ConsultationLoop.canReflect(actor, t)) {
            throw new AccessDeniedException("Only the author of a published case consultation exports its note.");
        }
        return t;
    }

    private List<Comment> visibleComments(DiscussionThread t) {
        return comments.findByThreadIdOrderBySortPath(t.getId(), PageRequest.of(0, MAX_COMMENTS)).stream()
                .filter(c -> !c.isDeleted() && !c.isHidden())
                .toList();
    }

    /** As members see the consultant: a name or "Anonymous member", with the role; anonymous stays anonymous. */
    private static String consultant(Comment c, Map<Long, Account> authors) {
        String name = ThreadReading.label(c.getAuthorId(), c.getGuestName(), c.isAnonymous(), false, authors);
        Account a = c.getAuthorId() == null || c.isAnonymous() ? null : authors.get(c.getAuthorId());
        return a == null ? name : name + ", " + a.getRole().label().toLowerCase(java.util.Locale.ROOT);
    }

    /** The group's rule "hide consultants' names": the role and the credential ("Therapist, psychologist (BPS)"). */
    private static String byRole(Comment c, Map<Long, Account> authors) {
        Account a = c.getAuthorId() == null || c.isAnonymous() ? null : authors.get(c.getAuthorId());
        if (a == null) {
            return "Anonymous member";
        }
        String credential = java.util.stream.Stream.of(a.getProfession(), a.getLicenceBody())
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .collect(java.util.stream.Collectors.joining(", "));
        return a.getRole().label() + (credential.isEmpty() ? "" : ", " + credential);
    }

    private static String label(Detection d) {
        return d.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
