package org.securebase.accounts.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowsersAndAddressesTest {

    @Test
    void commonBrowsersAreNamedShortly() {
        assertThat(Browsers.describe(
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .isEqualTo("Firefox 133 on Windows");
        assertThat(Browsers.describe("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, "
                        + "like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"))
                .isEqualTo("Edge 131 on macOS");
        assertThat(Browsers.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                        + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"))
                .isEqualTo("Safari 18 on iOS");
        assertThat(Browsers.describe("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like "
                        + "Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"))
                .isEqualTo("Chrome 131 on Android");
        assertThat(Browsers.describe(null)).isEqualTo("Unknown browser");
        assertThat(Browsers.describe("curl/8.5.0")).isEqualTo("Unknown browser");
    }

    @Test
    void addressesLoseTheirLastPart() {
        assertThat(Addresses.truncate("203.0.113.42")).isEqualTo("203.0.113.x");
        assertThat(Addresses.truncate("2001:db8:85a3:0:0:8a2e:370:7334")).isEqualTo("2001:db8:85a3:x");
        assertThat(Addresses.truncate("::1")).isEqualTo("x");
        assertThat(Addresses.truncate(null)).isEqualTo("unknown");
    }
}
