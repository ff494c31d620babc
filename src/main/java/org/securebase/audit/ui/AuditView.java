package org.securebase.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.securebase.audit.AuditLine;
import org.securebase.audit.AuditTrail;
import org.securebase.security.Roles;

/** The append-only audit trail for admins: search, filter by area and dates, export what is shown as CSV. */
@Route("admin/audit")
@Menu(title = "Audit trail", order = 24, icon = "vaadin:list")
@PageTitle("Audit trail · SecureBase")
@RolesAllowed(Roles.ADMIN)
public class AuditView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneId.of("UTC"));
    static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("", "Everything");
        AREAS.put("account.", "Accounts and members");
        AREAS.put("group.", "Groups");
        AREAS.put("thread.", "Threads");
        AREAS.put("comment.", "Comments");
        AREAS.put("content.", "Redactions");
        AREAS.put("moderation.", "Queue decisions");
        AREAS.put("tag.", "Tags");
        AREAS.put("watched-word.", "Watched words");
        AREAS.put("import.", "Imports");
    }

    final TextField search = new TextField();
    final Select<String> area = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<AuditLine> grid = new Grid<>();
    final Anchor export;
    private final AuditTrail audit;

    public AuditView(AuditTrail audit) {
        this.audit = audit;
        addClassName("sb-page");
        addClassName("sb-wide");
        setHeightFull();
        search.setLabel("Search");
        search.setPlaceholder("Action, person, item or reason");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        search.setId("audit-search");
        area.setLabel("Area");
        area.setItems(AREAS.keySet());
        area.setItemLabelGenerator(AREAS::get);
        area.setValue("");
        area.setId("audit-area");
        from.setId("audit-from");
        to.setId("audit-to");
        grid.addColumn(l -> WHEN.format(l.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditLine::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditLine::action).setHeader("What").setAutoWidth(true);
        grid.addColumn(l -> l.targetType() + (l.targetName() == null ? "" : ": " + l.targetName()))
                .setHeader("On")
                .setAutoWidth(true);
        grid.addColumn(l -> l.reason() == null ? "" : l.reason())
                .setHeader("Why")
                .setFlexGrow(1);
        grid.setId("audit-grid");
        export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = audit.csv(filter()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv), "securebase-audit.csv", "text/csv", csv.length);
                }),
                AttachmentType.DOWNLOAD,
                "Export CSV");
        export.setId("audit-export");
        search.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        refresh();
        HorizontalLayout filters = new HorizontalLayout(search, area, from, to, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Audit trail"), filters, grid);
        expand(grid);
    }

    AuditTrail.Filter filter() {
        return new AuditTrail.Filter(search.getValue(), area.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        AuditTrail.Filter filter = filter();
        grid.setItems(q -> audit.search(filter, q.getOffset(), q.getLimit()).stream());
    }
}
