package org.securebase.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.SignUpForm;
import org.securebase.accounts.TestAccounts;
import org.securebase.mail.EmailVerifications;
import org.securebase.mail.TestMail;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The page a sign-up's confirmation link opens, without a browser. */
class VerifyEmailViewTest extends ViewTest {

    @Autowired
    AccountService service;

    @Autowired
    AccountRepository repository;

    @Autowired
    TestMail mail;

    private String signUpAndReadToken(SignUpForm form) {
        service.signUp(form);
        mail.deliver();
        String link = mail.to(form.getEmail()).getLast().link("verify-email");
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private VerifyEmailView open(String token) {
        UI.getCurrent()
                .navigate("verify-email", token == null ? QueryParameters.empty() : QueryParameters.of("token", token));
        return (VerifyEmailView) getCurrentView();
    }

    @Test
    void theLinkConfirmsTheEmailAndSaysWhatHappensNext() {
        SignUpForm form = TestAccounts.form(TestAccounts.unique("Link Follower"));
        String token = signUpAndReadToken(form);

        VerifyEmailView view = open(token);
        assertThat(view.title.getText()).isEqualTo("Your email is confirmed");
        assertThat(view.message.getText())
                .isEqualTo(EmailVerifications.CONFIRMED)
                .contains("A supervisor will now check your registration; we will email you");
        assertThat(view.next.getHref()).isEqualTo("login");
        assertThat(repository.findByEmail(form.getEmail()).orElseThrow().isEmailVerified())
                .isTrue();

        VerifyEmailView reloaded = open(token);
        assertThat(reloaded.title.getText()).isEqualTo("Your email is confirmed");
        assertThat(reloaded.message.getText()).contains("already confirmed");
    }

    @Test
    void anUnknownOrMissingTokenSaysSoAndLeadsToANewLink() {
        for (String token : new String[] {"not-a-real-token", null}) {
            VerifyEmailView view = open(token);
            assertThat(view.title.getText()).isEqualTo("This link no longer works");
            assertThat(view.message.getText())
                    .isEqualTo(EmailVerifications.EXPIRED)
                    .contains("Send the link again");
            assertThat(view.next.getText()).isEqualTo("Sign in to ask for a new link");
            assertThat(view.next.getHref()).isEqualTo("login");
        }
    }

    @Test
    void signedInThePageLeadsBackToThePendingPage() {
        SignUpForm form = TestAccounts.form(TestAccounts.unique("Signed In Follower"));
        String token = signUpAndReadToken(form);
        accounts.signInAs(repository.findByEmail(form.getEmail()).orElseThrow().getId());
        VerifyEmailView view = open(token);
        assertThat(view.title.getText()).isEqualTo("Your email is confirmed");
        assertThat(view.next.getHref()).isEqualTo("pending");
    }
}
