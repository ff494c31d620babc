package org.securebase.threads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.TestAccounts;
import org.securebase.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class ConsultationNotesTest {

    static final String WILL_TRY = "Name the testing kindly.";
    static final String NOT_DOING = "Not calling the school, because it would break his trust.";
    static final String NAME = "Maria Lopez";
    static final String EMAIL = "maria.lopez@example.org";

    @Autowired
    ConsultationNotes notes;

    @Autowired
    ConsultationLoop loop;

    @Autowired
    ThreadService threads;

    @Autowired
    TestAccounts accounts;

    @Autowired
    LoopFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    long thread;
    long helpful;

    @BeforeEach
    void reflectedCase() {
        fixture.people();
        thread = fixture.approvedCase();
        helpful = fixture.answer(thread, "Hold the boundary warmly, and name the testing out loud when it happens.");
        fixture.answer(thread, "An answer the author did not find helpful.");
        threads.markHelpful(helpful, true);
        // The identifiers the author types are refused where they are typed.
        assertThatThrownBy(() -> loop.reflect(thread, "Ask " + NAME + " at " + EMAIL + ".", NOT_DOING, null, Set.of()))
                .isInstanceOf(InvalidInputException.class);
        loop.reflect(thread, WILL_TRY, NOT_DOING, null, Set.of());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private static String text(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theNoteHoldsTheQuestionTheHelpfulAnswerAndTheReflectionAndNoIdentifier() throws IOException {
        ConsultationNotes.NoteDraft draft = notes.draft(thread);
        assertThat(draft.helpful())
                .extracting(ConsultationNotes.HelpfulAnswer::commentId)
                .containsExactly(helpful);

        byte[] pdf = notes.export(thread, Map.of(helpful, "Hold the boundary warmly; name the testing."))
                .pdf();

        String text = text(pdf);
        assertThat(text)
                .contains("Consultation note")
                .contains(LoopFixture.QUESTION)
                .contains("Hold the boundary warmly; name the testing.")
                .contains(WILL_TRY)
                .contains(NOT_DOING)
                .contains("de-identified")
                .doesNotContain("did not find helpful")
                .doesNotContain("Maria")
                .doesNotContain("Lopez")
                .doesNotContain(EMAIL);
    }

    @Test
    void aGroupThatHidesConsultantsNamesGetsTheirRoleAndCredentialOnly() throws IOException {
        String colleague =
                jdbc.queryForObject("select display_name from account where id = ?", String.class, fixture.colleague);
        Map<Long, String> excerpts = Map.of(helpful, "Hold the boundary warmly.");
        assertThat(text(notes.export(thread, excerpts).pdf())).contains(colleague);

        jdbc.update("update consultation_group set note_hides_consultants = true where id = ?", fixture.group);

        assertThat(text(notes.export(thread, excerpts).pdf()))
                .doesNotContain(colleague)
                .contains("Therapist")
                .contains("Hold the boundary warmly.");
    }

    @Test
    void everyExportIsInTheAuditTrailWithoutItsContent() {
        notes.export(thread, Map.of(helpful, "Hold the boundary warmly."));
        var rows = jdbc.queryForList(
                "select actor_id, target_name, reason from audit_entry where action = 'thread.note-exported'"
                        + " and target_id = ?",
                Long.toString(thread));
        assertThat(rows).hasSize(1);
        assertThat(((Number) rows.get(0).get("actor_id")).longValue()).isEqualTo(fixture.author);
        assertThat(rows.get(0).toString()).doesNotContain("teenager").doesNotContain("boundary");
    }

    @Test
    void anIdentifierAddedToTheReflectionRefusesTheExportAndIsListedByField() {
        // Something slipped past the check where it was typed (an older engine, a direct change): the export catches
        // it.
        jdbc.update(
                "update case_reflection set will_try = ? where thread_id = ?",
                WILL_TRY + " Write to " + EMAIL + ".",
                thread);

        assertThatThrownBy(() -> notes.export(thread, Map.of(helpful, "Hold the boundary warmly.")))
                .isInstanceOfSatisfying(
                        NoteRefused.class,
                        refused -> assertThat(refused.findings())
                                .containsOnlyKeys("What I will try")
                                .hasEntrySatisfying(
                                        "What I will try",
                                        found -> assertThat(found)
                                                .anySatisfy(f -> assertThat(f).contains(EMAIL))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'thread.note-exported' and target_id = ?",
                        Integer.class,
                        Long.toString(thread)))
                .as("a refused export is not an export")
                .isZero();
    }

    @Test
    void anIdentifierTypedIntoAnExcerptRefusesTheExport() {
        assertThatThrownBy(() -> notes.export(thread, Map.of(helpful, "Call " + NAME + " at " + EMAIL + ".")))
                .isInstanceOfSatisfying(
                        NoteRefused.class,
                        refused -> assertThat(refused.findings().keySet())
                                .singleElement()
                                .asString()
                                .startsWith("Helpful answer 1"));
    }

    @Test
    void onlyTheAuthorExportsTheNote() {
        accounts.signInAs(fixture.colleague);
        assertThatThrownBy(() -> notes.export(thread, Map.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.draft(thread)).isInstanceOf(AccessDeniedException.class);
    }
}
