package org.securebase.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.securebase.moderation.ModerationService;
import org.securebase.notifications.NotificationBus;
import org.securebase.notifications.NotificationService;
import org.securebase.security.AccessPolicy;
import org.securebase.security.AccountStatus;
import org.securebase.security.Roles;
import org.securebase.ui.Appearance;

@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private static final String REVIEW_QUEUE = "moderation";

    private final AuthenticationContext authentication;
    private final AccessPolicy access;
    private final ModerationService moderation;

    public MainLayout(
            AuthenticationContext authentication,
            AccessPolicy access,
            NotificationService notifications,
            NotificationBus bus,
            ModerationService moderation) {
        this.authentication = authentication;
        this.access = access;
        this.moderation = moderation;
        setPrimarySection(Section.DRAWER);
        Span brand = new Span("SecureBase");
        brand.addClassName("sb-brand");
        Span spacer = new Span();
        spacer.getStyle().set("flex", "1");
        addToNavbar(new DrawerToggle(), brand, spacer);
        if (authentication.hasAnyRole(Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN)) {
            addToNavbar(searchField(), new NotificationBell(notifications, bus, access));
        }
        addToDrawer(navigation(), footer());
    }

    /**
     * Landmarks for assistive technology: the page content is the main landmark and the top bar the banner. The
     * content also scrolls inside the layout, and a region that scrolls must be reachable with the keyboard even
     * when it holds nothing focusable (a chart, say), so it takes focus.
     */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Appearance.apply(getElement(), choice -> {});
        getElement().executeJs("""
                customElements.whenDefined('vaadin-app-layout').then(() => this.updateComplete).then(() => {
                  const part = name => this.shadowRoot && this.shadowRoot.querySelector(`[part~="${name}"]`);
                  const content = part('content');
                  if (content && !content.hasAttribute('tabindex')) {
                    content.setAttribute('tabindex', '0');
                    content.setAttribute('role', 'main');
                  }
                  const navbar = part('navbar');
                  if (navbar && !navbar.hasAttribute('role')) {
                    navbar.setAttribute('role', 'banner');
                  }
                });""");
    }

    /** Search from every page: Enter opens /search?q=WORDS. */
    private com.vaadin.flow.component.textfield.TextField searchField() {
        com.vaadin.flow.component.textfield.TextField field = new com.vaadin.flow.component.textfield.TextField();
        field.setId("top-search");
        field.addClassName("sb-top-search");
        field.setPlaceholder("Search");
        field.setAriaLabel("Search posts and comments");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> {
            String words = field.getValue().strip();
            if (!words.isEmpty()) {
                field.clear();
                field.getUI()
                        .ifPresent(ui -> ui.navigate("search", com.vaadin.flow.router.QueryParameters.of("q", words)));
            }
        });
        return field;
    }

    /**
     * The views put themselves in the menu ({@code @Menu}); Vaadin lists those the member's role may open, so the
     * layout knows no feature's views. Someone still waiting for verification sees none.
     */
    private VerticalLayout navigation() {
        SideNav nav = new SideNav();
        if (authentication.hasAnyRole(Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN)) {
            MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        }
        VerticalLayout wrapper = new VerticalLayout(nav);
        wrapper.setPadding(true);
        wrapper.setSizeFull();
        return wrapper;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(entry.title(), entry.path());
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        if (REVIEW_QUEUE.equals(entry.path().replaceFirst("^/", ""))) {
            int open = moderation.openCount();
            if (open > 0) {
                Span badge = new Span(Integer.toString(open));
                badge.getElement().getThemeList().add("badge pill small contrast");
                item.setSuffixComponent(badge);
            }
        }
        return item;
    }

    private HorizontalLayout footer() {
        Span who = new Span(access.currentActor().map(a -> a.displayName()).orElse(""));
        who.addClassName("sb-muted");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.setId("sign-out");
        HorizontalLayout footer = new HorizontalLayout(who, signOut);
        footer.setAlignItems(FlexComponent.Alignment.CENTER);
        footer.setPadding(true);
        footer.setWidthFull();
        footer.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        return footer;
    }

    /** A member suspended while signed in is signed out on their next step. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access.currentActor()
                .filter(actor -> actor.status() == AccountStatus.SUSPENDED || actor.status() == AccountStatus.REFUSED)
                .ifPresent(actor -> authentication.logout());
    }
}
