package org.securebase.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.securebase.accounts.AccountStatus;
import org.securebase.accounts.ui.ProfileView;
import org.securebase.accounts.ui.UsersView;
import org.securebase.audit.ui.AuditView;
import org.securebase.groups.ui.GroupsAdminView;
import org.securebase.groups.ui.HomeView;
import org.securebase.moderation.ModerationService;
import org.securebase.moderation.ui.DashboardView;
import org.securebase.moderation.ui.ModerationView;
import org.securebase.moderation.ui.WatchedWordsView;
import org.securebase.notifications.NotificationBus;
import org.securebase.notifications.NotificationService;
import org.securebase.notifications.ui.NotificationBell;
import org.securebase.search.ui.SearchIndexView;
import org.securebase.search.ui.SearchView;
import org.securebase.security.AccessPolicy;
import org.securebase.tags.ui.TagsAdminView;
import org.securebase.tags.ui.ThemeMapView;
import org.securebase.tags.ui.ThemesView;
import org.securebase.threads.ui.ImportView;
import org.securebase.threads.ui.ThreadsView;

@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

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
        if (authentication.hasAnyRole("THERAPIST", "SUPERVISOR", "ADMIN")) {
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
                        .ifPresent(ui ->
                                ui.navigate(SearchView.class, com.vaadin.flow.router.QueryParameters.of("q", words)));
            }
        });
        return field;
    }

    private VerticalLayout navigation() {
        SideNav nav = new SideNav();
        boolean member = authentication.hasAnyRole("THERAPIST", "SUPERVISOR", "ADMIN");
        if (member) {
            nav.addItem(new SideNavItem("Consultation groups", HomeView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Threads", ThreadsView.class, VaadinIcon.COMMENTS.create()));
            nav.addItem(new SideNavItem("Search", SearchView.class, VaadinIcon.SEARCH.create()));
            nav.addItem(new SideNavItem("Themes", ThemesView.class, VaadinIcon.TAGS.create()));
            nav.addItem(new SideNavItem("My profile", ProfileView.class, VaadinIcon.USER.create()));
        }
        if (authentication.hasAnyRole("SUPERVISOR", "ADMIN")) {
            SideNavItem queue = new SideNavItem("Review queue", ModerationView.class, VaadinIcon.INBOX.create());
            int open = moderation.openCount();
            if (open > 0) {
                Span badge = new Span(Integer.toString(open));
                badge.getElement().getThemeList().add("badge pill small contrast");
                queue.setSuffixComponent(badge);
            }
            nav.addItem(queue);
            nav.addItem(new SideNavItem("Moderation dashboard", DashboardView.class, VaadinIcon.CHART.create()));
            nav.addItem(new SideNavItem("Theme map", ThemeMapView.class, VaadinIcon.GRID_BIG.create()));
            nav.addItem(new SideNavItem("Members", UsersView.class, VaadinIcon.USER_CHECK.create()));
        }
        if (authentication.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem("Manage groups", GroupsAdminView.class, VaadinIcon.COG.create()));
            nav.addItem(new SideNavItem("Manage tags", TagsAdminView.class, VaadinIcon.TAG.create()));
            nav.addItem(new SideNavItem("Import a discussion", ImportView.class, VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem("Watched words", WatchedWordsView.class, VaadinIcon.EYE.create()));
            nav.addItem(new SideNavItem("Audit trail", AuditView.class, VaadinIcon.LIST.create()));
            nav.addItem(new SideNavItem("Mail", org.securebase.mail.ui.MailView.class, VaadinIcon.ENVELOPE.create()));
            nav.addItem(new SideNavItem("Search index", SearchIndexView.class, VaadinIcon.REFRESH.create()));
        }
        VerticalLayout wrapper = new VerticalLayout(nav);
        wrapper.setPadding(true);
        wrapper.setSizeFull();
        return wrapper;
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
