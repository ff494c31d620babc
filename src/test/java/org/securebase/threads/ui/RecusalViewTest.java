package org.securebase.threads.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadModeration;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ThreadStatus;
import org.securebase.ui.ViewTest;
import org.securebase.vignettes.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;

class RecusalViewTest extends ViewTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    ThreadModeration moderation;

    long supervisor;
    long author;
    long reader;
    long caseThread;

    @BeforeEach
    void publishedCase() {
        long admin = accounts.active("Admin", Role.ADMIN);
        supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        author = accounts.active("Author", Role.THERAPIST);
        reader = accounts.active("Reader", Role.THERAPIST);
        accounts.signInAs(admin);
        long group = groups.create(new GroupForm(
                "Recusal view " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(author, reader)));
        accounts.signInAs(author);
        caseThread = threads.create(
                group,
                ThreadKind.CASE_CONSULTATION,
                "A case of long silences",
                "A vignette without details.",
                "What would you try?",
                false,
                new Disclosure(true, Set.of()),
                List.of("repair"));
        accounts.signInAs(supervisor);
        moderation.review(caseThread, ThreadStatus.PUBLISHED, null);
    }

    /** The post is the first row of the thread's one list. */
    private com.vaadin.flow.component.Component post() {
        return (com.vaadin.flow.component.Component)
                test($(com.vaadin.flow.component.grid.Grid.class).id("comments"))
                        .getCellComponent(0, 0);
    }

    @Test
    void aReaderStepsOutInOneClickAndTheThreadIsHiddenFromThem() {
        accounts.signInAs(reader);
        navigate("threads/" + caseThread, ThreadView.class);
        test($(Button.class).from(post()).id("may-know-client")).click();
        RecusalDialog dialog = $(RecusalDialog.class).single();
        test($(TextArea.class).id("recusal-note")).setValue("Possibly a former client of my practice.");
        test(dialog.confirm).click();

        navigate("threads/" + caseThread, ThreadView.class);
        assertThat($(H1.class).id("thread-recused").getText()).isEqualTo("You stepped out of this consultation");
        assertThat($(Button.class).all())
                .noneMatch(b -> "may-know-client".equals(b.getId().orElse("")));
    }

    @Test
    void supervisorsSeeTheCountAndTheAuthorDoesNot() {
        accounts.signInAs(reader);
        threads.recuse(caseThread, "Possibly a former client of my practice.");

        accounts.signInAs(supervisor);
        navigate("threads/" + caseThread, ThreadView.class);
        Div signals = $(Div.class).from(post()).id("recusal-signals");
        assertThat(signals.getElement().getTextRecursively())
                .contains("1 member may know this client")
                .contains(accounts.load(reader).getDisplayName())
                .contains("Possibly a former client");

        accounts.signInAs(author);
        navigate("threads/" + caseThread, ThreadView.class);
        com.vaadin.flow.component.Component post = post();
        assertThat($(Div.class).from(post).all())
                .noneMatch(d -> "recusal-signals".equals(d.getId().orElse("")));
        assertThat($(Button.class).from(post).all())
                .noneMatch(b -> "may-know-client".equals(b.getId().orElse("")));
        assertThat($(Button.class).from(post).all())
                .anyMatch(b -> "edit-tags".equals(b.getId().orElse("")));
    }
}
