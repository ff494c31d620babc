package org.securebase.accounts.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.LoginThrottledException;
import org.securebase.accounts.TestAccounts;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

@DatabaseTest
class LoginThrottlingTest {

    @Autowired
    ThrottledAuthenticationProvider provider;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountRepository accounts;

    @Autowired
    org.securebase.accounts.AccountService accountService;

    private Authentication attempt(String email, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void theRightPasswordSignsInAndAPendingAccountOnlyGetsThePendingAuthority() {
        long id = testAccounts.create("Pending", Role.THERAPIST, AccountStatus.PENDING);
        Authentication auth = attempt(testAccounts.emailOf(id).toUpperCase(), TestAccounts.PASSWORD);
        assertThat(auth.getAuthorities())
                .extracting(a -> a.getAuthority())
                .contains("ROLE_PENDING")
                .noneMatch(a -> a.startsWith("ROLE_") && !a.equals("ROLE_PENDING"));
    }

    @Test
    void repeatedFailuresSlowDownThenLockAndSaySo() {
        String email = testAccounts.emailOf(testAccounts.active("Forgetful", Role.THERAPIST));
        assertThatThrownBy(() -> attempt(email, "wrong one")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(email, "wrong two")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(email, "wrong three"))
                .isInstanceOf(LoginThrottledException.class)
                .hasMessageContaining("Please wait");
        // Even the right password must wait its turn.
        assertThatThrownBy(() -> attempt(email, TestAccounts.PASSWORD)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void aSuspendedAccountIsToldWhyButOnlyWithTheRightPassword() {
        long id = testAccounts.create("Suspended", Role.THERAPIST, AccountStatus.SUSPENDED);
        String email = testAccounts.emailOf(id);
        assertThatThrownBy(() -> attempt(email, "not the password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(email, TestAccounts.PASSWORD))
                .isInstanceOf(DisabledException.class)
                .hasMessageContaining("suspended");
    }

    @Test
    void aRefusedRegistrationIsToldWhyButOnlyWithTheRightPassword() {
        long admin = testAccounts.active("Refusing Admin", Role.ADMIN);
        long id = testAccounts.create("Refused", Role.THERAPIST, AccountStatus.PENDING);
        testAccounts.signInAs(admin);
        try {
            accountService.refuse(id, "The licence number is not on the register");
        } finally {
            testAccounts.signOut();
        }
        String email = testAccounts.emailOf(id);
        assertThatThrownBy(() -> attempt(email, "not the password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt(email, TestAccounts.PASSWORD))
                .isInstanceOf(DisabledException.class)
                .hasMessageContaining("refused")
                .hasMessageContaining("The licence number is not on the register");
    }

    @Test
    void unknownEmailsGetTheSameMessageAsWrongPasswords() {
        assertThatThrownBy(() -> attempt("nobody@example.org", "whatever it is"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Incorrect email or password.");
    }

    @Test
    void anUnknownEmailIsSlowedDownWithTheSameWordsAsAKnownOne() {
        String known = testAccounts.emailOf(testAccounts.active("Known", Role.THERAPIST));
        String unknown = "nobody-" + java.util.UUID.randomUUID() + "@example.org";
        assertThat(answers(unknown)).isEqualTo(answers(known));
    }

    /** The exception and message of four wrong tries in a row (the third starts a wait). */
    private List<String> answers(String email) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            try {
                attempt(email, "a wrong password " + i);
                answers.add("signed in");
            } catch (AuthenticationException e) {
                answers.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return answers;
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailTakeAboutAsLong() {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            emails.add(testAccounts.emailOf(testAccounts.active("Timed " + i, Role.THERAPIST)));
        }
        assertThatThrownBy(() -> attempt("warm-up@example.org", "warm up the encoder"));
        long known = median(emails.stream().map(e -> timed(e)).toList());
        long unknown = median(emails.stream().map(e -> timed("x" + e)).toList());
        assertThat((double) unknown / known).isBetween(0.5, 2.0);
    }

    private long timed(String email) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> attempt(email, "not the password")).isInstanceOf(BadCredentialsException.class);
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
