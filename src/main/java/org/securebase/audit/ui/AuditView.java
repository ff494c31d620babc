package org.securebase.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.securebase.audit.AuditLine;
import org.securebase.audit.AuditTrail;

@Route("admin/audit")
@PageTitle("Audit trail · SecureBase")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneId.of("UTC"));

    final TextField search = new TextField();
    final Grid<AuditLine> grid = new Grid<>();

    public AuditView(AuditTrail audit) {
        addClassName("sb-page");
        setHeightFull();
        search.setPlaceholder("Search action, person or reason");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("24em");
        grid.addColumn(l -> WHEN.format(l.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditLine::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditLine::action).setHeader("What").setAutoWidth(true);
        grid.addColumn(l -> l.targetType() + (l.targetName() == null ? "" : ": " + l.targetName()))
                .setHeader("On").setAutoWidth(true);
        grid.addColumn(l -> l.reason() == null ? "" : l.reason()).setHeader("Why").setFlexGrow(1);
        Runnable refresh = () -> grid.setItems(q -> audit.search(search.getValue(), q.getOffset(), q.getLimit())
                .stream());
        search.addValueChangeListener(e -> refresh.run());
        refresh.run();
        add(new H1("Audit trail"), search, grid);
        expand(grid);
    }
}
