package org.securebase.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.securebase.accounts.AccountDetails;
import org.securebase.groups.GroupForm;
import org.securebase.groups.GroupMembership;
import org.securebase.groups.GroupService;
import org.securebase.security.Role;
import org.securebase.shared.InvalidInputException;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;

/** Create or edit a group; the dialog stays open with what was typed if saving is refused. */
class GroupEditor extends Dialog {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("What the group is for");
    final Checkbox openToAll = new Checkbox("Open to every verified member");
    final MultiSelectComboBox<AccountDetails> members = new MultiSelectComboBox<>("Members");
    final MultiSelectComboBox<AccountDetails> supervisors = new MultiSelectComboBox<>("Supervisors");
    final com.vaadin.flow.component.checkbox.Checkbox noteHidesConsultants =
            new com.vaadin.flow.component.checkbox.Checkbox(
                    "Consultation notes name consultants by role and credential only");
    final Checkbox requiresSecondFactor = new Checkbox("Members must use a second factor (an authenticator app)");
    final IntegerField approvalBelow =
            new IntegerField("Review every post from members with fewer approved posts than");
    final Button save = new Button("Save");

    private final GroupService groups;
    private final GroupMembership existing;
    private final Runnable onSaved;

    GroupEditor(GroupService groups, List<AccountDetails> people, GroupMembership existing, Runnable onSaved) {
        this.groups = groups;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "New group" : "Edit " + existing.name());
        Limits.limit(name, 80);
        name.setRequired(true);
        name.setId("group-name");
        Limits.limit(description, 500);
        description.setRequired(true);
        description.setId("group-description");
        members.setItems(people);
        members.setItemLabelGenerator(a -> a.displayName() + " (" + a.fullName() + ")");
        members.setId("group-members");
        supervisors.setItems(
                people.stream().filter(a -> a.role() != Role.THERAPIST).toList());
        supervisors.setItemLabelGenerator(a -> a.displayName() + " (" + a.fullName() + ")");
        supervisors.setId("group-supervisors");
        openToAll.addValueChangeListener(e -> members.setEnabled(!e.getValue()));
        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(existing.description());
            openToAll.setValue(existing.openToAll());
            members.setValue(pick(people, existing.memberIds()));
            supervisors.setValue(pick(people, existing.supervisorIds()));
        }
        approvalBelow.setMin(0);
        approvalBelow.setMax(100);
        approvalBelow.setValue(existing == null ? 0 : existing.approvalBelow());
        approvalBelow.setHelperText("0 turns this off. Case consultations are always reviewed.");
        approvalBelow.setId("group-approval-below");
        noteHidesConsultants.setValue(existing != null && existing.noteHidesConsultants());
        noteHidesConsultants.setId("group-note-hides-consultants");
        requiresSecondFactor.setValue(existing != null && existing.requiresSecondFactor());
        requiresSecondFactor.setId("group-requires-second-factor");
        FormLayout form = new FormLayout(
                name,
                description,
                openToAll,
                supervisors,
                members,
                approvalBelow,
                noteHidesConsultants,
                requiresSecondFactor);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("36em");
        add(form);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-group");
        save.addClickListener(e -> save());
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private static Set<AccountDetails> pick(List<AccountDetails> people, Set<Long> ids) {
        return people.stream().filter(a -> ids.contains(a.id())).collect(Collectors.toSet());
    }

    private void save() {
        Forms.clearErrors(Map.of("name", name, "description", description));
        try {
            GroupForm form = new GroupForm(
                    name.getValue(),
                    description.getValue(),
                    openToAll.getValue(),
                    ids(supervisors.getValue()),
                    ids(members.getValue()),
                    approvalBelow.getValue() == null ? -1 : approvalBelow.getValue(),
                    noteHidesConsultants.getValue(),
                    requiresSecondFactor.getValue());
            if (existing == null) {
                groups.create(form);
            } else {
                groups.update(existing.groupId(), form);
            }
            Forms.success("Group saved.");
            close();
            onSaved.run();
        } catch (InvalidInputException e) {
            Forms.showErrors(
                    e,
                    Map.of(
                            "name",
                            name,
                            "description",
                            description,
                            "members",
                            members,
                            "supervisors",
                            supervisors,
                            "approvalBelow",
                            approvalBelow));
        }
    }

    private static Set<Long> ids(Set<AccountDetails> accounts) {
        return accounts.stream().map(AccountDetails::id).collect(Collectors.toSet());
    }
}
