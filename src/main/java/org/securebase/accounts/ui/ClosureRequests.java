package org.securebase.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.securebase.accounts.AccountClosures.Closure;
import org.securebase.accounts.ClosureDecisions;
import org.securebase.ui.Forms;
import org.securebase.ui.ReasonDialog;
import org.securebase.ui.Times;

/** For admins on the Members page: members who asked for their account to be closed; close or decline each. */
class ClosureRequests extends VerticalLayout {

    private final ClosureDecisions decisions;
    private final Runnable changed;

    ClosureRequests(ClosureDecisions decisions, Runnable changed) {
        this.decisions = decisions;
        this.changed = changed;
        setId("closure-requests");
        setPadding(false);
        setSpacing(false);
        refresh();
    }

    void refresh() {
        removeAll();
        List<Closure> open = decisions.open();
        setVisible(!open.isEmpty());
        if (open.isEmpty()) {
            return;
        }
        add(new H2("Requests to close an account"));
        for (Closure c : open) {
            Span who = new Span(c.displayName() + " (" + c.fullName() + "), asked " + Times.exact(c.requestedAt()));
            Button close = new Button("Close account", e -> confirmClose(c));
            close.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            Button decline = new Button("Decline", e -> declineDialog(c).open());
            decline.addThemeVariants(ButtonVariant.SMALL);
            HorizontalLayout row = new HorizontalLayout(who, close, decline);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setId("closure-request-" + c.accountId());
            add(row);
        }
    }

    ConfirmDialog confirmClose(Closure c) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Close " + c.displayName() + "'s account?",
                "Their name, email, password and professional details are erased and they are signed out. Their "
                        + "posts and comments stay, shown as \u201cFormer member\u201d. We email them first. This "
                        + "cannot be undone.",
                "Close account",
                e -> {
                    decisions.close(c.id());
                    Forms.success("The account is closed.");
                    refresh();
                    changed.run();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
        return confirm;
    }

    ReasonDialog declineDialog(Closure c) {
        ReasonDialog dialog = new ReasonDialog(
                "Decline the request",
                c.displayName() + "'s account stays open. We email them your reason; they see it on their profile.",
                "Decline",
                reason -> {
                    decisions.decline(c.id(), reason);
                    Forms.success(c.displayName() + "'s request is declined; we emailed them.");
                    refresh();
                });
        dialog.reasonField().setHelperText("Kept in the audit trail. Never include anything about clients.");
        return dialog;
    }
}
