package org.securebase.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.securebase.groups.AcceptanceLine;
import org.securebase.groups.CovenantPage;
import org.securebase.groups.CovenantService;
import org.springframework.security.access.AccessDeniedException;

/**
 * A group's covenant: a member who has not accepted the current version is sent here from the group or one of its
 * threads ({@code ?continue=} says where to go back) and reads it with "I accept"; its supervisors edit it and see
 * who accepted which version.
 */
@Route("groups/:groupId/covenant")
@PageTitle("Group covenant · SecureBase")
@PermitAll
public class CovenantView extends VerticalLayout implements BeforeEnterObserver {

    private final CovenantService covenants;
    final Button accept = new Button("I accept");
    String continueTo;

    public CovenantView(CovenantService covenants) {
        this.covenants = covenants;
        addClassName("sb-page");
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setId("accept-covenant");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        continueTo = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("continue")
                .filter(p -> p.matches("(groups|threads)/\\d+"))
                .orElse(null);
        try {
            long groupId =
                    Long.parseLong(event.getRouteParameters().get("groupId").orElse(""));
            show(covenants.covenant(groupId));
        } catch (NumberFormatException | AccessDeniedException e) {
            H1 refused = new H1("This group is private");
            refused.setId("covenant-refused");
            add(refused);
        }
    }

    private void show(CovenantPage page) {
        H1 title = new H1("Covenant of " + page.groupName());
        title.setId("covenant-title");
        Paragraph intro = new Paragraph(
                page.mustAccept()
                        ? "Before you read this group, please read its covenant and accept it. You are asked again"
                                + " whenever its supervisors change it."
                        : "Every member of the group has accepted this covenant.");
        intro.setId("covenant-intro");
        Div text = new Div();
        text.setText(page.text());
        text.getStyle().set("white-space", "pre-line");
        text.setId("covenant-text");
        Paragraph version = new Paragraph("Version " + page.version());
        version.addClassName("sb-muted");
        add(title, intro, text, version);
        if (page.mustAccept()) {
            accept.addClickListener(e -> {
                covenants.accept(page.groupId(), page.version());
                getUI().ifPresent(ui -> ui.navigate(continueTo == null ? "groups/" + page.groupId() : continueTo));
            });
            add(accept);
        }
        if (page.canEdit()) {
            add(new CovenantEditor(covenants, page, () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false))));
            add(new H2("Acceptances"), acceptances(page.groupId()));
        }
    }

    private Grid<AcceptanceLine> acceptances(long groupId) {
        Grid<AcceptanceLine> grid = new Grid<>();
        grid.setId("covenant-acceptances");
        grid.addColumn(AcceptanceLine::member).setHeader("Member");
        grid.addColumn(l -> "Version " + l.version() + (l.current() ? " (current)" : ""))
                .setHeader("Version");
        grid.addColumn(l -> org.securebase.ui.Times.exact(l.acceptedAt())).setHeader("Accepted");
        grid.setItems(covenants.acceptances(groupId));
        grid.setAllRowsVisible(true);
        return grid;
    }
}
