package org.securebase.accounts.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.LoginSettings;

class KnownDevicesTest {

    private final LoginSettings settings = new LoginSettings(
            3, 6, Duration.ofSeconds(5), Duration.ofMinutes(15), 10, 30, "a test secret for device cookies");
    private final Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final KnownDevices devices = new KnownDevices(settings, Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void aCookieProvesAnEarlierSignInToItsOwnEmailOnly() {
        String cookie = devices.issue("Member@Example.org");
        assertThat(devices.deviceOf(cookie, "member@example.org")).isPresent();
        assertThat(devices.deviceOf(cookie, "someone.else@example.org")).isEmpty();
        assertThat(devices.deviceOf(cookie.substring(0, cookie.length() - 2) + "xx", "member@example.org"))
                .isEmpty();
        assertThat(devices.deviceOf("forged.20000.abc", "member@example.org")).isEmpty();
        assertThat(devices.deviceOf(null, "member@example.org")).isEmpty();
    }

    @Test
    void aCookieIsTrustedFor180DaysAndNeedsTheSameSecret() {
        String cookie = devices.issue("member@example.org");
        KnownDevices later = new KnownDevices(settings, Clock.fixed(now.plus(Duration.ofDays(180)), ZoneOffset.UTC));
        KnownDevices tooLate = new KnownDevices(settings, Clock.fixed(now.plus(Duration.ofDays(181)), ZoneOffset.UTC));
        assertThat(later.deviceOf(cookie, "member@example.org")).isPresent();
        assertThat(tooLate.deviceOf(cookie, "member@example.org")).isEmpty();
        KnownDevices otherSecret = new KnownDevices(
                new LoginSettings(3, 6, Duration.ofSeconds(5), Duration.ofMinutes(15), 10, 30, "another secret"),
                Clock.fixed(now, ZoneOffset.UTC));
        assertThat(otherSecret.deviceOf(cookie, "member@example.org")).isEmpty();
    }
}
