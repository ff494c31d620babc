package org.securebase.ui;

import com.vaadin.flow.component.html.Span;
import org.securebase.accounts.AccountStatus;

public final class Badges {

    private Badges() {
    }

    public static Span of(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassName("sb-badge");
        if (variant != null) {
            badge.addClassName(variant);
        }
        return badge;
    }

    public static Span status(AccountStatus status) {
        return of(status.label(), switch (status) {
            case PENDING -> "warning";
            case ACTIVE -> "success";
            case SUSPENDED -> "error";
        });
    }
}
