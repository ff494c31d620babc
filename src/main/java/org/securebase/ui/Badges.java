package org.securebase.ui;

import com.vaadin.flow.component.html.Span;
import org.securebase.security.AccountStatus;

public final class Badges {

    private Badges() {}

    public static Span of(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassName("sb-badge");
        if (variant != null) {
            badge.addClassName(variant);
        }
        return badge;
    }

    /** The role badge beside a staff member's name (Supervisor, Administrator): text no display name can fake. */
    public static java.util.Optional<Span> staff(String badge) {
        if (badge == null) {
            return java.util.Optional.empty();
        }
        Span span = of(badge, "staff");
        span.addClassName("sb-staff-badge");
        return java.util.Optional.of(span);
    }

    public static Span status(AccountStatus status) {
        return of(
                status.label(),
                switch (status) {
                    case PENDING -> "warning";
                    case ACTIVE -> "success";
                    case SUSPENDED, REFUSED -> "error";
                    case CLOSED -> "contrast";
                });
    }
}
