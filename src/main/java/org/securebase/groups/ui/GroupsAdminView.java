package org.securebase.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.securebase.accounts.AccountDetails;
import org.securebase.accounts.AccountService;
import org.securebase.groups.GroupMembership;
import org.securebase.groups.GroupService;
import org.securebase.security.Roles;

/** Admins create groups and choose their members and supervisors. */
@Route("admin/groups")
@Menu(title = "Manage groups", order = 20, icon = "vaadin:cog")
@PageTitle("Manage groups · SecureBase")
@RolesAllowed(Roles.ADMIN)
public class GroupsAdminView extends VerticalLayout {

    final Grid<GroupMembership> grid = new Grid<>();
    final Button newGroup = new Button("New group", VaadinIcon.PLUS.create());

    private final GroupService groups;
    private final AccountService accounts;

    public GroupsAdminView(GroupService groups, AccountService accounts) {
        this.groups = groups;
        this.accounts = accounts;
        addClassName("sb-page");
        setHeightFull();
        newGroup.addThemeVariants(ButtonVariant.PRIMARY);
        newGroup.setId("new-group");
        newGroup.addClickListener(e -> openEditor(null));

        grid.addColumn(GroupMembership::name).setHeader("Group").setAutoWidth(true);
        grid.addColumn(g -> g.openToAll() ? "Open to all members" : "Private")
                .setHeader("Visibility")
                .setAutoWidth(true);
        grid.addColumn(g -> names(g.supervisorIds())).setHeader("Supervisors").setFlexGrow(1);
        grid.addColumn(g ->
                        g.openToAll() ? "Every verified member" : g.memberIds().size() + " members")
                .setHeader("Members")
                .setAutoWidth(true);
        grid.addComponentColumn(g -> {
                    Button edit = new Button("Edit", e -> openEditor(g));
                    edit.addThemeVariants(ButtonVariant.SMALL);
                    return edit;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        refresh();
        add(new H1("Manage groups"), newGroup, grid);
        expand(grid);
    }

    private void openEditor(GroupMembership group) {
        new GroupEditor(groups, accounts.activeMembers(), group, this::refresh).open();
    }

    void refresh() {
        grid.setItems(groups.allGroups());
    }

    private String names(java.util.Set<Long> ids) {
        Map<Long, String> byId = accounts.activeMembers().stream()
                .collect(Collectors.toMap(AccountDetails::id, AccountDetails::displayName));
        List<String> names = ids.stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
        return names.isEmpty() ? "None yet" : String.join(", ", names);
    }
}
