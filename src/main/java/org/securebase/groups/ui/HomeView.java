package org.securebase.groups.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.securebase.groups.GroupService;
import org.securebase.groups.GroupSummary;
import org.securebase.security.SessionAuthorities;
import org.securebase.ui.Badges;
import org.securebase.ui.Links;

/** The start page: the consultation groups this member can see. */
@Route("")
@Menu(title = "Consultation groups", order = 1, icon = "vaadin:users")
@PageTitle("Consultation groups · SecureBase")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final GroupService groups;
    private final AuthenticationContext authentication;
    private final SessionAuthorities sessionAuthorities;

    public HomeView(GroupService groups, AuthenticationContext authentication, SessionAuthorities sessionAuthorities) {
        this.groups = groups;
        this.sessionAuthorities = sessionAuthorities;
        this.authentication = authentication;
        addClassName("sb-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionAuthorities.refresh();
        if (authentication.getGrantedAuthorities().stream()
                .anyMatch(a -> org.securebase.security.AccountPrincipal.PENDING.equals(a.getAuthority()))) {
            event.forwardTo("pending");
            return;
        }
        removeAll();
        add(new H1("Consultation groups"));
        Paragraph intro = new Paragraph("Bring a case, a question or a reflection to colleagues. Private groups "
                + "are visible only to their members and supervisors.");
        intro.addClassName("sb-muted");
        add(intro);
        groups.visibleGroups().forEach(g -> add(card(g)));
    }

    private Div card(GroupSummary group) {
        RouterLink name = Links.to(group.name(), Links.group(group.id()));
        H3 title = new H3(name);
        title.getStyle().set("margin", "0");
        Span kind = Badges.of(
                group.openToAll() ? "Open to all members" : "Private group", group.openToAll() ? "success" : null);
        Paragraph description = new Paragraph(group.description());
        Span supervisors = new Span(
                group.supervisors().isEmpty()
                        ? "No supervisor assigned yet"
                        : "Supervised by " + String.join(", ", group.supervisors()));
        supervisors.addClassName("sb-muted");
        Div card = new Div(title, kind, description, supervisors);
        card.addClassName("sb-card");
        card.addClassName("group-card");
        return card;
    }
}
