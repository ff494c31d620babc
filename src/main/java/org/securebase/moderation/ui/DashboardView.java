package org.securebase.moderation.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import org.securebase.moderation.Dashboard;
import org.securebase.moderation.ModerationService;
import org.securebase.moderation.QueueKind;
import org.securebase.security.Roles;
import org.securebase.threads.FlagReason;
import org.securebase.ui.Chart;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** For supervisors: what waits and for how long, how fast the queue is answered, flags by reason, risk outreach. */
@Route("moderation/dashboard")
@Menu(title = "Moderation dashboard", order = 11, icon = "vaadin:chart")
@PageTitle("Moderation dashboard · SecureBase")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class DashboardView extends VerticalLayout {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] AGE_COLOURS = {"#9cc5c1", "#2f6f6a", "#b3541e"};

    final Chart openItems = new Chart();
    final Chart firstAction = new Chart();
    final Chart flags = new Chart();
    final Chart risk = new Chart();
    final Paragraph timing = new Paragraph();

    public DashboardView(ModerationService moderation) {
        addClassName("sb-page");
        Dashboard d = moderation.dashboard();
        openItems.setId("open-items-chart");
        openItems.setOption(openByAge(d));
        timing.setId("first-action");
        timing.setText(
                d.actedOn() == 0
                        ? "No item was acted on in the last 30 days."
                        : "Time to first action over the last 30 days (" + d.actedOn()
                                + (d.actedOn() == 1 ? " item" : " items")
                                + "): median "
                                + human(d.medianFirstAction()) + ", 90th percentile " + human(d.p90FirstAction())
                                + ".");
        firstAction.setId("first-action-chart");
        firstAction.setHeight("200px");
        boolean quick = d.p90FirstAction() == null || d.p90FirstAction().toMinutes() < 2;
        firstAction.setOption(bars(
                new String[] {"Median", "90th percentile"},
                quick
                        ? new double[] {seconds(d.medianFirstAction()), seconds(d.p90FirstAction())}
                        : new double[] {minutes(d.medianFirstAction()), minutes(d.p90FirstAction())},
                quick ? "Seconds" : "Minutes"));
        flags.setId("flags-chart");
        FlagReason[] reasons = FlagReason.values();
        String[] labels = new String[reasons.length];
        double[] counts = new double[reasons.length];
        for (int i = 0; i < reasons.length; i++) {
            labels[i] = reasons[i].label();
            counts[i] = d.flagsByReason().getOrDefault(reasons[i], 0L);
        }
        flags.setOption(bars(labels, counts, "Flags"));
        risk.setId("risk-chart");
        risk.setHeight("220px");
        risk.setOption(bars(
                new String[] {"Outreach recorded", "Not a risk", "Awaiting outreach"},
                new double[] {d.outreachRecorded(), d.notARisk(), d.riskAlerts() - d.outreachRecorded() - d.notARisk()},
                "Risk alerts"));
        Paragraph falseAlarms = new Paragraph(
                d.riskAlerts() == 0
                        ? "No risk alert in the last 30 days."
                        : "Closed as not a risk: " + d.notARisk() + " of " + d.riskAlerts() + " alerts ("
                                + Math.round(d.notARiskShare() * 100)
                                + " %). A high share means the detector flags too much.");
        falseAlarms.setId("not-a-risk-share");
        falseAlarms.addClassName("sb-muted");
        long open = d.openByAge().values().stream()
                .flatMapToLong(java.util.Arrays::stream)
                .sum();
        Paragraph openNote = new Paragraph(
                open == 0
                        ? "Nothing is open in your groups."
                        : open + (open == 1 ? " open item" : " open items") + " in your groups, urgent ones first.");
        openNote.addClassName("sb-muted");
        openNote.setId("open-note");
        add(
                new H1("Moderation dashboard"),
                new H2("Open items by type and age"),
                openNote,
                openItems,
                new H2("Time to first action"),
                timing,
                firstAction,
                new H2("Flags by reason, last 30 days"),
                flags,
                new H2("Risk alerts, last 30 days"),
                falseAlarms,
                risk);
    }

    private static ObjectNode openByAge(Dashboard d) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("bottom", 0);
        option.putObject("grid")
                .put("left", 190)
                .put("right", 16)
                .put("top", 10)
                .put("bottom", 40);
        option.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ObjectNode y = option.putObject("yAxis").put("type", "category").put("inverse", true);
        for (QueueKind kind : QueueKind.values()) {
            y.withArray("data").add(kind.label());
        }
        ArrayNode series = option.putArray("series");
        for (int band = 0; band < Dashboard.AGE_BANDS.length; band++) {
            ObjectNode s = series.addObject()
                    .put("name", Dashboard.AGE_BANDS[band])
                    .put("type", "bar")
                    .put("stack", "age");
            s.putObject("itemStyle").put("color", AGE_COLOURS[band]);
            for (QueueKind kind : QueueKind.values()) {
                long[] ages = d.openByAge().get(kind);
                s.withArray("data").add(ages == null ? 0 : ages[band]);
            }
        }
        return option;
    }

    private static ObjectNode bars(String[] labels, double[] values, String name) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 50).put("right", 16).put("top", 16).put("bottom", 50);
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        x.putObject("axisLabel").put("interval", 0);
        for (String label : labels) {
            x.withArray("data").add(label);
        }
        option.putObject("yAxis").put("type", "value").put("name", name);
        ObjectNode s = option.putArray("series").addObject().put("name", name).put("type", "bar");
        s.putObject("itemStyle").put("color", "#2f6f6a");
        for (double value : values) {
            s.withArray("data").add(value);
        }
        return option;
    }

    private static double seconds(Duration d) {
        return d == null ? 0 : d.toSeconds();
    }

    private static double minutes(Duration d) {
        return d == null ? 0 : Math.round(d.toSeconds() / 6.0) / 10.0;
    }

    static String human(Duration d) {
        if (d == null) {
            return "none";
        }
        long minutes = d.toMinutes();
        return minutes < 1 ? "under a minute" : minutes < 120 ? minutes + " minutes" : d.toHours() + " hours";
    }
}
