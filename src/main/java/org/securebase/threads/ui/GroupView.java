package org.securebase.threads.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.securebase.groups.CovenantService;
import org.securebase.groups.GroupService;
import org.securebase.groups.GroupSummary;
import org.securebase.security.Roles;
import org.securebase.threads.ThreadQuery;
import org.securebase.threads.ThreadService;
import org.securebase.ui.Badges;
import org.securebase.ui.Links;
import org.springframework.security.access.AccessDeniedException;

@Route("groups/:groupId")
@PageTitle("Group · SecureBase")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
public class GroupView extends VerticalLayout implements BeforeEnterObserver {

    private final GroupService groups;
    private final ThreadService threads;
    private final CovenantService covenants;

    public GroupView(GroupService groups, ThreadService threads, CovenantService covenants) {
        this.covenants = covenants;
        this.groups = groups;
        this.threads = threads;
        addClassName("sb-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long groupId;
        try {
            groupId = Long.parseLong(event.getRouteParameters().get("groupId").orElse(""));
            GroupSummary group = groups.group(groupId);
            if (covenants.covenant(groupId).mustAccept()) {
                event.forwardTo("groups/" + groupId + "/covenant", QueryParameters.of("continue", "groups/" + groupId));
                return;
            }
            show(group);
        } catch (NumberFormatException | AccessDeniedException e) {
            H1 title = new H1("This group is private");
            title.setId("group-refused");
            add(
                    title,
                    new Paragraph("Only its members and supervisors can see it. "
                            + "Ask an administrator if you think you should be a member."));
        }
    }

    private void show(GroupSummary group) {
        H1 title = new H1(group.name());
        title.setId("group-title");
        Span kind = Badges.of(
                group.openToAll() ? "Open to all members" : "Private group", group.openToAll() ? "success" : null);
        Paragraph description = new Paragraph(group.description());
        Paragraph supervisors = new Paragraph(
                group.supervisors().isEmpty()
                        ? "No supervisor assigned yet."
                        : "Supervised by " + String.join(", ", group.supervisors()) + ".");
        supervisors.addClassName("sb-muted");
        Button start = new Button(
                "Start a thread",
                e -> getUI().ifPresent(ui -> ui.navigate(
                        ComposeThreadView.class, new RouteParameters("groupId", Long.toString(group.id())))));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.setId("start-thread");
        ThreadList list = new ThreadList(threads);
        list.setId("group-threads");
        list.show(ThreadQuery.inGroup(group.id()));
        list.setHeight("28em");
        RouterLink covenant = Links.to(
                group.canModerate() ? "Covenant and acceptances" : "The group's covenant",
                "groups/" + group.id() + "/covenant");
        covenant.setId("group-covenant-link");
        add(title, kind, description, supervisors, covenant, start, list);
        if (group.canModerate() && !group.openToAll()) {
            add(
                    new H2("Members"),
                    new Paragraph(
                            groups.memberNames(group.id()).isEmpty()
                                    ? "No members yet."
                                    : String.join(", ", groups.memberNames(group.id()))));
        }
    }
}
