package org.securebase.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** "3 hours ago", with the exact time on hover. */
public final class Times {

    private static final DateTimeFormatter EXACT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

    private Times() {}

    public static Span relative(Instant when) {
        Span span = new Span(ago(when, Instant.now()));
        span.getElement().setAttribute("title", EXACT.format(when));
        span.addClassName("sb-time");
        return span;
    }

    public static String exact(Instant when) {
        return EXACT.format(when);
    }

    public static String ago(Instant when) {
        return ago(when, Instant.now());
    }

    static String ago(Instant when, Instant now) {
        Duration d = Duration.between(when, now);
        if (d.isNegative() || d.toSeconds() < 60) {
            return "just now";
        }
        if (d.toMinutes() < 60) {
            return plural(d.toMinutes(), "minute");
        }
        if (d.toHours() < 24) {
            return plural(d.toHours(), "hour");
        }
        if (d.toDays() < 30) {
            return plural(d.toDays(), "day");
        }
        if (d.toDays() < 365) {
            return plural(d.toDays() / 30, "month");
        }
        return plural(d.toDays() / 365, "year");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s") + " ago";
    }
}
