package org.securebase.probe;

import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every page of the application and who may open it: the table both external probes walk. Adding a view is one
 * line here; {@link #missingFromTable} names any {@code @Route} class that has none, and the probes fail on it.
 * Paths may hold {@code {group}}, {@code {thread}} and {@code {tag}}, filled in by each probe with its own objects.
 */
public final class ProbeRoutes {

    /** Who may see a page, from the widest audience to the narrowest. */
    public enum Access {
        /** Visitors who have not signed in (sign-in, sign-up, password reset and the like). */
        ANYONE,
        /** Anyone signed in, also a member awaiting verification. */
        SIGNED_IN,
        /** Verified members in any role. */
        MEMBER,
        /** Supervisors and admins. */
        SUPERVISOR,
        /** Admins only. */
        ADMIN
    }

    public record Page(String view, String path, Access access) {}

    public static final List<Page> PAGES = List.of(
            new Page("accounts.ui.LoginView", "login", Access.ANYONE),
            new Page("accounts.ui.SignUpView", "signup", Access.ANYONE),
            new Page("mail.ui.ForgotPasswordView", "forgot-password", Access.ANYONE),
            new Page("mail.ui.ResetPasswordView", "reset-password", Access.ANYONE),
            new Page("mail.ui.VerifyEmailView", "verify-email", Access.ANYONE),
            new Page("groups.ui.HomeView", "", Access.SIGNED_IN),
            new Page("accounts.ui.PendingView", "pending", Access.SIGNED_IN),
            new Page("accounts.ui.SecondFactorView", "second-factor", Access.SIGNED_IN),
            new Page("mail.ui.MailPreferencesView", "mail-preferences", Access.SIGNED_IN),
            new Page("groups.ui.CovenantView", "groups/{group}/covenant", Access.SIGNED_IN),
            new Page("threads.ui.ThreadsView", "threads", Access.MEMBER),
            new Page("threads.ui.ThreadView", "threads/{thread}", Access.MEMBER),
            new Page("threads.ui.GroupView", "groups/{group}", Access.MEMBER),
            new Page("threads.ui.ComposeThreadView", "groups/{group}/new", Access.MEMBER),
            new Page("tags.ui.ThemesView", "tags", Access.MEMBER),
            new Page("threads.ui.TagView", "tags/{tag}", Access.MEMBER),
            new Page("search.ui.SearchView", "search", Access.MEMBER),
            new Page("shell.NotificationsView", "notifications", Access.MEMBER),
            new Page("accounts.ui.ProfileView", "profile", Access.MEMBER),
            new Page("mail.ui.ConfirmEmailView", "confirm-email", Access.MEMBER),
            new Page("moderation.ui.ModerationView", "moderation", Access.SUPERVISOR),
            new Page("moderation.ui.DashboardView", "moderation/dashboard", Access.SUPERVISOR),
            new Page("accounts.ui.UsersView", "admin/users", Access.SUPERVISOR),
            new Page("tags.ui.ThemeMapView", "theme-map", Access.SUPERVISOR),
            new Page("groups.ui.GroupsAdminView", "admin/groups", Access.ADMIN),
            new Page("tags.ui.TagsAdminView", "admin/tags", Access.ADMIN),
            new Page("threads.ui.ImportView", "admin/import", Access.ADMIN),
            new Page("moderation.ui.WatchedWordsView", "admin/watched-words", Access.ADMIN),
            new Page("audit.ui.AuditView", "admin/audit", Access.ADMIN),
            new Page("mail.ui.MailView", "admin/mail", Access.ADMIN),
            new Page("search.ui.SearchIndexView", "admin/search", Access.ADMIN));

    private ProbeRoutes() {}

    /** The {@code @Route} classes under org.securebase that the table leaves out (empty when it is complete). */
    public static Set<String> missingFromTable() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> inTable =
                PAGES.stream().map(p -> "org.securebase." + p.view()).collect(Collectors.toSet());
        return scanner.findCandidateComponents("org.securebase").stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> !inTable.contains(name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Rows whose path is not the one their view's {@code @Route} declares (empty when the table is right). */
    public static List<String> wrongPaths() {
        return PAGES.stream()
                .filter(p -> !shape(routeOf(p)).equals(shape(p.path())))
                .map(p -> p.view() + ": table " + p.path() + ", @Route " + routeOf(p))
                .toList();
    }

    private static String routeOf(Page page) {
        try {
            return Class.forName("org.securebase." + page.view())
                    .getAnnotation(Route.class)
                    .value();
        } catch (ClassNotFoundException e) {
            return "(no such class)";
        }
    }

    private static String shape(String path) {
        return path.replaceAll(":\\w+|\\{\\w+}", "*");
    }

    /** The path with the probe's objects in place of its placeholders. */
    public static String fill(String path, long group, long thread, String tag) {
        return path.replace("{group}", Long.toString(group))
                .replace("{thread}", Long.toString(thread))
                .replace("{tag}", tag);
    }
}
