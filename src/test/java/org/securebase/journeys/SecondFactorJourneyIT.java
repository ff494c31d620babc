package org.securebase.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.TestAccounts;
import org.securebase.accounts.TestSecondFactors;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A supervisor's second factor in Chromium: the first sign-in enrols (the key read from the page, the code computed
 * here as a phone would), every page meanwhile leads back to the code page; the next sign-in asks for a code; a
 * recovery code works once.
 */
class SecondFactorJourneyIT extends BrowserTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    private void password(Page page, String email) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(TestAccounts.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForLoadState();
    }

    private long lastStep(long id) {
        Long step =
                jdbc.queryForObject("select totp_last_step from account where id = :id", Map.of("id", id), Long.class);
        return step == null ? Long.MIN_VALUE : step;
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElseThrow();
    }

    private static void waitUntilInTheApp(Page page) {
        page.waitForURL(url -> !url.contains("second-factor") && !url.contains("login"));
        page.locator("vaadin-app-layout").waitFor();
    }

    @Test
    void aSupervisorEnrolsThenSignsInWithACodeAndARecoveryCodeWorksOnce() {
        long supervisor = accounts.active(TestAccounts.unique("Journey Supervisor"), Role.SUPERVISOR);
        jdbc.update(
                "update account set totp_secret = null, totp_last_step = null where id = :id",
                Map.of("id", supervisor));
        String email = accounts.emailOf(supervisor);
        covenants.acceptAll(email);

        Page first = person();
        password(first, email);
        first.locator("#enrol-code").waitFor();
        assertThat(first.url()).contains("second-factor");
        // a direct address is no way round it
        first.navigate(url("admin/users"));
        first.locator("#enrol-code").waitFor();
        assertThat(first.url()).contains("second-factor");
        screenshot(first, "second-factor-enrol");

        String key = first.locator("#totp-key").innerText().replace(" ", "");
        assertThat(key).matches("[A-Z2-7]{32}");
        fill(first, "enrol-code", "000000".equals(TestSecondFactors.codeNow(key)) ? "111111" : "000000");
        first.locator("#confirm-enrolment").click();
        first.locator("#enrol-code[invalid]").waitFor();
        assertThat(first.getByText("This code is not right").isVisible()).isTrue();
        screenshot(first, "second-factor-enrol-wrong-code");

        fill(first, "enrol-code", TestSecondFactors.codeNow(key));
        first.locator("#confirm-enrolment").click();
        first.locator("#recovery-codes li").first().waitFor();
        List<String> recovery = first.locator("#recovery-codes li").allInnerTexts();
        assertThat(recovery).hasSize(10);
        screenshot(first, "second-factor-recovery-codes");
        first.locator("#recovery-codes-saved").click();
        waitUntilInTheApp(first);
        first.navigate(url("admin/users"));
        first.locator("vaadin-grid").first().waitFor();
        assertThat(first.url()).endsWith("admin/users");

        Page second = person();
        password(second, email);
        second.locator("#second-factor-code").waitFor();
        screenshot(second, "second-factor-code");
        String idAtThePassword = sessionId(second);
        fill(second, "second-factor-code", TestSecondFactors.codeAfter(key, lastStep(supervisor)));
        second.locator("#verify-code").click();
        waitUntilInTheApp(second);
        assertThat(sessionId(second))
                .as("a new session id once the code is given")
                .isNotEqualTo(idAtThePassword);
        screenshot(second, "second-factor-signed-in");

        Page third = person();
        password(third, email);
        third.locator("#second-factor-code").waitFor();
        third.getByText("Use a recovery code instead").click();
        fill(third, "recovery-code", recovery.get(0));
        third.locator("#use-recovery-code").click();
        waitUntilInTheApp(third);

        Page fourth = person(375); // the code page on a phone, audited too
        password(fourth, email);
        fourth.locator("#second-factor-code").waitFor();
        fourth.getByText("Use a recovery code instead").click();
        fill(fourth, "recovery-code", recovery.get(0));
        fourth.locator("#use-recovery-code").click();
        fourth.locator("#recovery-code[invalid]").waitFor();
        assertThat(fourth.url()).contains("second-factor");
        screenshot(fourth, "second-factor-recovery-code-used");
    }
}
