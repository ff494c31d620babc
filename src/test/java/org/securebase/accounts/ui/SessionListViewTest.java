package org.securebase.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.MemberSessions;
import org.securebase.security.Role;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class SessionListViewTest extends ViewTest {

    /** Where the session filter keeps this session's key (RecordedSessions.KEY). */
    private static final String KEY = "org.securebase.accounts.signin.RecordedSessions.key";

    @Autowired
    MemberSessions sessions;

    @Test
    void theProfileListsTheMembersSessionsMarksThisOneAndSignsAnotherOut() {
        long id = accounts.active("Listed Sessions", Role.THERAPIST);
        String here = UUID.randomUUID().toString();
        String there = UUID.randomUUID().toString();
        sessions.begin(here, id, "Firefox 133 on Windows", "203.0.113.x");
        sessions.begin(there, id, "Safari 18 on iOS", "198.51.100.x");
        VaadinSession.getCurrent().getSession().setAttribute(KEY, here);
        accounts.signInAs(id);

        ProfileView view = navigate(ProfileView.class);

        assertThat($(Span.class, view.sessionList).all())
                .extracting(Span::getText)
                .contains("Firefox 133 on Windows · 203.0.113.x", "Safari 18 on iOS · 198.51.100.x", "This browser")
                .noneMatch(text -> text.matches(".*\\d+\\.\\d+\\.\\d+\\.\\d+.*"));
        var signOuts = $(Button.class, view.sessionList).all();
        assertThat(signOuts).hasSize(1);
        test(signOuts.getFirst()).click();

        assertThat(sessions.live(there)).isFalse();
        assertThat(sessions.live(here)).isTrue();
        assertThat($(Button.class, view.sessionList).all()).isEmpty();
    }
}
