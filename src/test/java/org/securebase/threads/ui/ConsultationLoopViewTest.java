package org.securebase.threads.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.threads.ConsultationLoop;
import org.securebase.threads.LoopFixture;
import org.securebase.threads.ThreadService;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The reflection form and the consultation note's export dialog on a case consultation's page. */
class ConsultationLoopViewTest extends ViewTest {

    @Autowired
    LoopFixture fixture;

    @Autowired
    ThreadService threads;

    @Autowired
    ConsultationLoop loop;

    long thread;
    long helpful;

    @BeforeEach
    void answeredCase() {
        fixture.people();
        thread = fixture.approvedCase();
        helpful = fixture.answer(thread, "Hold the boundary warmly and name the testing out loud.");
        threads.markHelpful(helpful, true);
    }

    private Component post() {
        navigate("threads/" + thread, ThreadView.class);
        return (Component) test($(Grid.class).id("comments")).getCellComponent(0, 0);
    }

    private String state() {
        return $(Span.class).from(post()).id("loop-state").getText();
    }

    @Test
    void theAuthorWritesAReflectionInTheFormAndTheThreadShowsItsState() {
        assertThat(state()).isEqualTo("Answered");
        test($(Button.class).from(post()).id("write-reflection")).click();
        ReflectionDialog dialog = $(ReflectionDialog.class).single();
        test(dialog.willTry).setValue("Name the testing kindly.");
        test(dialog.save).click();
        assertThat(dialog.notDoing.isInvalid()).as("both fields are needed").isTrue();
        test(dialog.notDoing).setValue("Not calling the school, because it would break his trust.");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(state()).isEqualTo("Reflected");
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .from(post())
                        .id("loop-reflection")
                        .getElement()
                        .getTextRecursively())
                .contains("Name the testing kindly.");
    }

    @Test
    void anIdentifierInTheReflectionIsShownAtItsField() {
        test($(Button.class).from(post()).id("write-reflection")).click();
        ReflectionDialog dialog = $(ReflectionDialog.class).single();
        test(dialog.willTry).setValue("Write to his mother at maria.lopez@example.org.");
        test(dialog.notDoing).setValue("Not calling the school.");
        test(dialog.save).click();
        assertThat(dialog.willTry.isInvalid()).isTrue();
        assertThat(dialog.willTry.getErrorMessage()).contains("identifying");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aFlaggedWordInTheReflectionCanBeMarkedNotIdentifyingAsInTheCaseComposer() {
        test($(Button.class).from(post()).id("write-reflection")).click();
        ReflectionDialog dialog = $(ReflectionDialog.class).single();
        test(dialog.willTry).setValue("Ask Marguerite how the holiday went.");
        test(dialog.notDoing).setValue("Not calling the school.");
        assertThat(dialog.identifiers.rows()).isNotEmpty();
        String flagged = dialog.identifiers.rows().getFirst().surface();
        test(dialog.save).click();
        assertThat(dialog.isOpened()).as("refused while the word is unresolved").isTrue();

        dialog.identifiers.notIdentifyingForTest(flagged);
        assertThat(dialog.identifiers.resolved()).isTrue();
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(loop.loop(thread).reflection().willTry()).contains(flagged);
    }

    @Test
    void theExportDialogPreparesTheNoteOrListsWhatItFoundByField() {
        loop.reflect(thread, "Name the testing kindly.", "Not calling the school.", null, Set.of());
        test($(Button.class).from(post()).id("consultation-note")).click();
        NoteDialog dialog = $(NoteDialog.class).single();
        assertThat(dialog.excerpts).hasSize(1);
        assertThat(dialog.excerpts.get(0).getValue()).startsWith("Hold the boundary warmly");

        test(dialog.excerpts.get(0)).setValue("Ask maria.lopez@example.org about it.");
        test(dialog.prepare).click();
        assertThat(dialog.findings.isVisible()).isTrue();
        assertThat(dialog.findings.getElement().getTextRecursively()).contains("maria.lopez@example.org");
        assertThat(dialog.excerpts.get(0).isInvalid()).isTrue();
        assertThat(dialog.download.isVisible()).isFalse();

        test(dialog.excerpts.get(0)).setValue("Hold the boundary warmly.");
        test(dialog.prepare).click();
        assertThat(dialog.findings.isVisible()).isFalse();
        assertThat(dialog.download.isVisible()).isTrue();
        assertThat(dialog.download.getHref()).isNotBlank();
    }

    @Test
    void aColleagueSeesTheStateButNoLoopButtons() {
        accounts.signInAs(fixture.colleague);
        Component post = post();
        assertThat($(Span.class).from(post).id("loop-state").getText()).isEqualTo("Answered");
        assertThat($(Button.class).from(post).withId("write-reflection").all()).isEmpty();
        assertThat($(Button.class).from(post).withId("consultation-note").all()).isEmpty();
    }
}
