package org.securebase.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdleSignOutTest {

    @Test
    void theNoticeNamesTheTimeoutInWords() {
        assertThat(IdleSignOut.describe(Duration.ofMinutes(30))).isEqualTo("30 minutes");
        assertThat(IdleSignOut.describe(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(IdleSignOut.describe(Duration.ofSeconds(20))).isEqualTo("20 seconds");
        assertThat(IdleSignOut.describe(Duration.ofSeconds(90))).isEqualTo("90 seconds");
    }
}
