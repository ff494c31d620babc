package org.securebase.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginSettingsTest {

    private final LoginSettings settings =
            new LoginSettings(3, 6, Duration.ofSeconds(5), Duration.ofMinutes(15), 10, 30, "");

    @Test
    void noDelayBeforeTheSlowdownThreshold() {
        assertThat(settings.delayAfter(0)).isZero();
        assertThat(settings.delayAfter(2)).isZero();
    }

    @Test
    void delayDoublesAfterEachFurtherFailure() {
        assertThat(settings.delayAfter(3)).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.delayAfter(4)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.delayAfter(5)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void anAddressSlowsDownAfterTenFailuresAndNoWaitExceedsALock() {
        assertThat(settings.addressDelayAfter(9)).isZero();
        assertThat(settings.addressDelayAfter(10)).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.addressDelayAfter(29)).isEqualTo(Duration.ofMinutes(15));
    }
}
