package org.securebase.groups.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupRepository;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.threads.ui.GroupView;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class GroupViewsTest extends ViewTest {

    @Autowired
    GroupService groups;

    @Autowired
    GroupRepository repository;

    private long privateGroup(String name, long admin, Set<Long> supervisors, Set<Long> members) {
        accounts.signInAs(admin);
        long id = groups.create(new GroupForm(name, "Private consultation.", false, supervisors, members));
        accounts.signOut();
        return id;
    }

    private boolean homeShows(String groupName) {
        navigate(HomeView.class);
        return $(RouterLink.class).withText(groupName).exists();
    }

    @Test
    void membersSeeOpenConsultationAndTheirPrivateGroupsOnly() {
        long admin = accounts.active("Group Admin", Role.ADMIN);
        long member = accounts.active("Inside Member", Role.THERAPIST);
        long outsider = accounts.active("Outside Member", Role.THERAPIST);
        String name = "Adoption circle " + UUID.randomUUID();
        long group = privateGroup(name, admin, Set.of(), Set.of(member));

        accounts.signInAs(member);
        assertThat(homeShows("Open consultation")).isTrue();
        assertThat(homeShows(name)).isTrue();

        accounts.signInAs(outsider);
        assertThat(homeShows("Open consultation")).isTrue();
        assertThat(homeShows(name)).isFalse();
        navigate("groups/" + group, GroupView.class);
        assertThat($(H1.class).id("group-refused").getText()).isEqualTo("This group is private");
    }

    @Test
    void anAdminCreatesAPrivateGroupWithMembersAndSupervisors() {
        long admin = accounts.active("Creating Admin", Role.ADMIN);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        accounts.active("Chosen Supervisor " + suffix, Role.SUPERVISOR);
        accounts.active("Chosen Member " + suffix, Role.THERAPIST);
        accounts.signInAs(admin);
        GroupsAdminView view = navigate(GroupsAdminView.class);
        test(view.newGroup).click();
        GroupEditor editor = $(GroupEditor.class).single();
        String name = "Couples work " + UUID.randomUUID();
        test(editor.name).setValue(name);
        test(editor.description).setValue("EFT and couples consultation.");
        test(editor.supervisors)
                .selectItem("Chosen Supervisor %1$s (Chosen Supervisor %1$s Fullname)".formatted(suffix));
        test(editor.members).selectItem("Chosen Member %1$s (Chosen Member %1$s Fullname)".formatted(suffix));
        test(editor.save).click();

        var saved = groups.allGroups().stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(saved.openToAll()).isFalse();
        assertThat(saved.memberIds()).hasSize(1);
        assertThat(saved.supervisorIds()).hasSize(1);
    }

    @Test
    void anEmptyGroupNameIsRefusedAndTheDialogKeepsWhatWasTyped() {
        accounts.signInAs(accounts.active("Careless Admin", Role.ADMIN));
        GroupsAdminView view = navigate(GroupsAdminView.class);
        test(view.newGroup).click();
        GroupEditor editor = $(GroupEditor.class).single();
        test(editor.description).setValue("Something worth keeping.");
        test(editor.save).click();
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("Please name the group.");
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.description.getValue()).isEqualTo("Something worth keeping.");
    }

    @Test
    void aSupervisorOfThePrivateGroupSeesItsMembers() {
        long admin = accounts.active("Admin Again", Role.ADMIN);
        long supervisor = accounts.active("Group Lead", Role.SUPERVISOR);
        long member = accounts.active("Listed Member", Role.THERAPIST);
        long group = privateGroup("Supervised " + UUID.randomUUID(), admin, Set.of(supervisor), Set.of(member));
        accounts.signInAs(supervisor);
        navigate("groups/" + group, GroupView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .withTextContaining("Listed Member")
                        .exists())
                .isTrue();
    }
}
