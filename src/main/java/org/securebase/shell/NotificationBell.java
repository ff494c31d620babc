package org.securebase.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;
import org.securebase.notifications.NotificationBus;
import org.securebase.notifications.NotificationService;
import org.securebase.security.AccessPolicy;

/** The bell in the top bar: unread count, and a toast the moment something arrives. */
public class NotificationBell extends RouterLink {

    final Span count = new Span();
    private final NotificationService notifications;
    private final NotificationBus bus;
    private final AccessPolicy access;
    private Runnable unsubscribe = () -> {};

    public NotificationBell(NotificationService notifications, NotificationBus bus, AccessPolicy access) {
        super(NotificationsView.class);
        this.notifications = notifications;
        this.bus = bus;
        this.access = access;
        setId("notification-bell");
        addClassName("sb-bell");
        getElement().setAttribute("aria-label", "Notifications");
        count.addClassName("sb-bell-count");
        count.setId("unread-count");
        add(VaadinIcon.BELL.create(), count);
        show(notifications.unread());
    }

    private void show(long unread) {
        count.setText(unread > 99 ? "99+" : Long.toString(unread));
        count.setVisible(unread > 0);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        access.currentActor()
                .ifPresent(actor -> unsubscribe = bus.subscribe(
                        actor.id(),
                        line -> ui.access(() -> {
                            show(notifications.unreadFor(actor.id()));
                            Notification toast = Notification.show(
                                    line.message(),
                                    line.urgent() ? 15_000 : 5_000,
                                    line.urgent()
                                            ? Notification.Position.TOP_CENTER
                                            : Notification.Position.BOTTOM_END);
                            toast.addThemeVariants(
                                    line.urgent() ? NotificationVariant.ERROR : NotificationVariant.INFO);
                            toast.addClassName("sb-live-alert");
                        })));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
        super.onDetach(event);
    }
}
