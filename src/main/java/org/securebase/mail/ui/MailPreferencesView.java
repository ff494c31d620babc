package org.securebase.mail.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;
import org.securebase.mail.MailChoice;
import org.securebase.mail.MailPreferences;
import org.securebase.notifications.NotificationKind;

/** What a member hears about, and how; every notification mail links here. */
@Route("mail-preferences")
@PageTitle("Notifications and email · SecureBase")
@PermitAll
public class MailPreferencesView extends VerticalLayout {

    final Map<NotificationKind, Select<MailChoice>> choices = new EnumMap<>(NotificationKind.class);

    public MailPreferencesView(MailPreferences preferences) {
        add(
                new H2("Notifications and email"),
                new Paragraph(
                        "Choose, for each kind, how you hear about it. "
                                + "Emails say only what happened, who and in which group, with a link: never what anyone wrote. "
                                + "An email waits a few minutes and is not sent if you have seen the notification here first."));
        Map<NotificationKind, MailChoice> mine = preferences.mine();
        for (NotificationKind kind : NotificationKind.values()) {
            Select<MailChoice> select = new Select<>();
            select.setId("pref-" + kind.name().toLowerCase());
            select.setLabel(kind.label());
            select.setItems(MailChoice.values());
            select.setItemLabelGenerator(MailChoice::label);
            select.setWidth("28rem");
            select.setValue(mine.get(kind));
            if (kind == NotificationKind.RISK_ALERT) {
                select.setReadOnly(true);
                select.setHelperText("Risk alerts always reach the group's supervisors at once.");
            } else {
                select.addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null) {
                        preferences.choose(kind, e.getValue());
                        Notification.show("Saved.");
                    }
                });
            }
            choices.put(kind, select);
            add(select);
        }
    }
}
