package org.securebase.accounts.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.securebase.security.AccountPrincipal;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

class SessionLimitsTest {

    private static final long ACCOUNT = 42;

    private Instant now = Instant.parse("2026-11-27T08:00:00Z");
    private Instant credentialsChanged;
    private final MockHttpSession session = new MockHttpSession();
    private SessionLimits limits;

    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @BeforeEach
    void signedIn() {
        limits = new SessionLimits(id -> credentialsChanged, clock, Duration.ofHours(12));
        var principal = new AccountPrincipal(
                ACCOUNT, "member@example.org", "hash", List.of(new SimpleGrantedAuthority("ROLE_THERAPIST")));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private boolean request() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        limits.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return !session.isInvalid();
    }

    @Test
    void aSessionEndsWhenTheCredentialsChangeAfterItStarted() throws Exception {
        assertThat(request()).isTrue();
        now = now.plusSeconds(60);
        credentialsChanged = now;
        now = now.plusSeconds(1);
        assertThat(request()).isFalse();
    }

    @Test
    void theSessionThatChangedThemStays() throws Exception {
        assertThat(request()).isTrue();
        now = now.plusSeconds(60);
        credentialsChanged = now;
        session.setAttribute(SessionLimits.EPOCH, now);
        now = now.plusSeconds(1);
        assertThat(request()).isTrue();
    }

    @Test
    void noSessionOutlivesItsAbsoluteLifetimeHoweverBusy() throws Exception {
        assertThat(request()).isTrue();
        for (int hour = 1; hour < 12; hour++) {
            now = now.plus(Duration.ofHours(1));
            assertThat(request()).as("after %d hours", hour).isTrue();
        }
        now = now.plus(Duration.ofMinutes(59));
        assertThat(request()).isTrue();
        now = now.plus(Duration.ofMinutes(1));
        assertThat(request()).as("twelve hours after it started").isFalse();
    }
}
