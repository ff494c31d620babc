package org.securebase.tags.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.securebase.tags.TagRef;
import org.securebase.tags.ThemeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** ECharts options for the theme map: each cell and point links to the threads it counts. */
final class ThemeMapOptions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String ACCENT = "#2f6f6a";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private ThemeMapOptions() {}

    /** Attachment patterns (rows) against populations (columns), coloured by thread count. */
    static ObjectNode heatMap(ThemeMap map) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("position", "top");
        option.putObject("grid")
                .put("left", 110)
                .put("right", 16)
                .put("top", 10)
                .put("bottom", 110);
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        map.populations().forEach(p -> x.withArray("data").add(p.name()));
        x.putObject("axisLabel").put("rotate", 30).put("interval", 0);
        x.putObject("splitArea").put("show", true);
        ObjectNode y = option.putObject("yAxis").put("type", "category");
        map.patterns().forEach(p -> y.withArray("data").add(p.name()));
        y.put("inverse", true);
        y.putObject("splitArea").put("show", true);
        long max = 1;
        ArrayNode data = JSON.arrayNode();
        for (int row = 0; row < map.patterns().size(); row++) {
            for (int column = 0; column < map.populations().size(); column++) {
                long count = map.count(row, column);
                max = Math.max(max, count);
                ObjectNode cell = data.addObject();
                cell.putArray("value").add(column).add(row).add(count);
                cell.put(
                        "link",
                        map.patterns().get(row).slug() + ","
                                + map.populations().get(column).slug());
            }
        }
        option.putObject("visualMap")
                .put("min", 0)
                .put("max", max)
                .put("orient", "horizontal")
                .put("left", "center")
                .put("bottom", 0)
                .put("itemHeight", 120)
                .put("calculable", false)
                .putObject("inRange")
                .putArray("color")
                .add("#f4f7f6")
                .add(ACCENT);
        ((ObjectNode) option.get("visualMap"))
                .putArray("text")
                .add("More threads")
                .add("None");
        ObjectNode series = option.putArray("series").addObject();
        series.put("name", "Threads").put("type", "heatmap").set("data", data);
        series.putObject("label").put("show", true);
        series.putObject("emphasis")
                .putObject("itemStyle")
                .put("borderColor", "#1b3f3c")
                .put("borderWidth", 1);
        return option;
    }

    /** Threads per month for each attachment theme that was used in the last year. */
    static ObjectNode useOverTime(ThemeMap map) {
        ObjectNode option = JSON.objectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("type", "scroll").put("bottom", 0);
        option.putObject("grid").put("left", 40).put("right", 16).put("top", 16).put("bottom", 60);
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        for (YearMonth month : map.months()) {
            x.withArray("data").add(MONTH.format(month));
        }
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode series = option.putArray("series");
        for (Map.Entry<TagRef, long[]> use : map.usePerMonth().entrySet()) {
            ObjectNode line = series.addObject()
                    .put("name", use.getKey().name())
                    .put("type", "line")
                    .put("smooth", true);
            ArrayNode points = line.putArray("data");
            for (long count : use.getValue()) {
                points.addObject().put("value", count).put("link", use.getKey().slug());
            }
        }
        return option;
    }
}
