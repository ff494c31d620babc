package org.securebase.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.ui.ProfileView;
import org.securebase.security.Role;
import org.securebase.ui.ViewTest;

/** The menu comes from the views' {@code @Menu}; each role sees the pages it may open, in the layout's order. */
class NavigationTest extends ViewTest {

    private List<String> menu() {
        navigate(ProfileView.class);
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void aTherapistSeesTheMembersPagesOnly() {
        accounts.signInAs(accounts.active("Menu Therapist", Role.THERAPIST));
        assertThat(menu()).containsExactly("Consultation groups", "Threads", "Search", "Themes", "My profile");
    }

    @Test
    void aSupervisorAlsoSeesModeration() {
        accounts.signInAs(accounts.active("Menu Supervisor", Role.SUPERVISOR));
        assertThat(menu())
                .containsExactly(
                        "Consultation groups",
                        "Threads",
                        "Search",
                        "Themes",
                        "My profile",
                        "Review queue",
                        "Moderation dashboard",
                        "Theme map",
                        "Members");
    }

    @Test
    void anAdminSeesEveryPageAndTheLinksLeadWhereTheySay() {
        accounts.signInAs(accounts.active("Menu Admin", Role.ADMIN));
        assertThat(menu())
                .endsWith(
                        "Members",
                        "Manage groups",
                        "Manage tags",
                        "Import a discussion",
                        "Watched words",
                        "Audit trail",
                        "Mail",
                        "Search index");
        assertThat($(SideNavItem.class).all().stream()
                        .filter(item -> item.getLabel().equals("Review queue"))
                        .map(SideNavItem::getPath))
                .containsExactly("moderation");
    }
}
