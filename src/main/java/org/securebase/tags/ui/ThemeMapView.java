package org.securebase.tags.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.securebase.security.Roles;
import org.securebase.tags.TagService;
import org.securebase.tags.ThemeMap;
import org.securebase.ui.Chart;

/** For supervisors: which patterns come up with which populations, and how theme use changes over the year. */
@Route("theme-map")
@Menu(title = "Theme map", order = 12, icon = "vaadin:grid-big")
@PageTitle("Theme map · SecureBase")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class ThemeMapView extends VerticalLayout {

    final Chart heatMap = new Chart();
    final Chart overTime = new Chart();
    final Paragraph total = new Paragraph();

    public ThemeMapView(TagService tags) {
        addClassName("sb-page");
        addClassName("sb-wide");
        ThemeMap map = tags.themeMap();
        long both = Arrays.stream(map.counts()).flatMapToLong(Arrays::stream).sum();
        total.setText(
                both == 0
                        ? "No thread you can see is tagged with both a pattern and a population yet."
                        : "Counts of threads you can see, tagged with both a pattern and a population. Click a cell "
                                + "to open its threads.");
        total.addClassName("sb-muted");
        heatMap.setId("theme-heat-map");
        heatMap.setHeight("420px");
        heatMap.setOption(ThemeMapOptions.heatMap(map));
        heatMap.addClickListener(e -> openThreads(e.link()));
        overTime.setId("theme-use-over-time");
        overTime.setOption(ThemeMapOptions.useOverTime(map));
        overTime.addClickListener(e -> openThreads(e.link()));
        Paragraph overTimeNote = new Paragraph(
                map.usePerMonth().isEmpty()
                        ? "No attachment theme was used in the last twelve months."
                        : "Threads started each month with each attachment theme, over the last twelve months.");
        overTimeNote.addClassName("sb-muted");
        add(
                new H1("Theme map"),
                new H2("Attachment patterns and populations"),
                total,
                heatMap,
                new H2("Attachment themes over time"),
                overTimeNote,
                overTime);
    }

    private void openThreads(String link) {
        UI.getCurrent().navigate("threads", QueryParameters.simple(java.util.Map.of("tags", link)));
    }
}
