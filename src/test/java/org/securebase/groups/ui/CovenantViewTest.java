package org.securebase.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.groups.CovenantService;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ThreadKind;
import org.securebase.threads.ThreadService;
import org.securebase.threads.ui.GroupView;
import org.securebase.threads.ui.ThreadView;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class CovenantViewTest extends ViewTest {

    @Autowired
    GroupService groups;

    @Autowired
    ThreadService threads;

    @Autowired
    CovenantService covenants;

    long supervisor;
    long member;
    long group;
    long thread;

    @BeforeEach
    void groupWithAThread() {
        long admin = accounts.active("Admin", Role.ADMIN);
        supervisor = accounts.active("Supervisor", Role.SUPERVISOR);
        member = accounts.active("Member", Role.THERAPIST);
        accounts.signInAs(admin);
        group = groups.create(new GroupForm(
                "Covenant view " + UUID.randomUUID(), "Private.", false, Set.of(supervisor), Set.of(member)));
        accounts.signInWithoutCovenant(supervisor);
        thread = threads.create(group, ThreadKind.DISCUSSION, "Endings", "How do you end well?", null, false);
    }

    @Test
    void aMemberOpeningTheGroupReadsTheCovenantAndAcceptsIt() {
        accounts.signInWithoutCovenant(member);
        navigate("groups/" + group, CovenantView.class);
        assertThat($(Div.class).id("covenant-text").getText()).contains("I say so and step out");
        assertThat($(TextArea.class).all()).as("members do not edit it").isEmpty();

        test($(Button.class).id("accept-covenant")).click();

        assertThat(getCurrentView()).isInstanceOf(GroupView.class);
        assertThat($(H1.class).id("group-title").getText()).startsWith("Covenant view");
    }

    @Test
    void aMemberOpeningAThreadIsAskedFirstAndThenSentToTheThread() {
        accounts.signInWithoutCovenant(member);
        navigate("threads/" + thread, CovenantView.class);
        test($(Button.class).id("accept-covenant")).click();
        assertThat(getCurrentView()).isInstanceOf(ThreadView.class);
        assertThat($(H1.class).id("thread-title").getText()).isEqualTo("Endings");
    }

    @Test
    void aSupervisorEditsTheCovenantWithMessagesByTheFieldAndSeesAcceptances() {
        accounts.signInWithoutCovenant(member);
        covenants.accept(group, 1);
        accounts.signInWithoutCovenant(supervisor);
        navigate("groups/" + group + "/covenant", CovenantView.class);
        assertThat($(Button.class).all())
                .noneMatch(b -> "accept-covenant".equals(b.getId().orElse("")));
        Grid<?> acceptances = $(Grid.class).id("covenant-acceptances");
        assertThat(test(acceptances).size()).isEqualTo(1);

        TextArea text = $(TextArea.class).id("covenant-editor");
        test(text).setValue("Too short.");
        test($(Button.class).id("save-covenant")).click();
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).contains("40 characters");

        test(text).setValue("Version two: we never name a town, an employer or a school, and we do not record.");
        test($(Button.class).id("save-covenant")).click();
        assertThat(covenants.covenant(group).version()).isEqualTo(2);

        accounts.signInWithoutCovenant(member);
        navigate("threads/" + thread, CovenantView.class);
        assertThat($(Div.class).id("covenant-text").getText()).startsWith("Version two");
    }
}
