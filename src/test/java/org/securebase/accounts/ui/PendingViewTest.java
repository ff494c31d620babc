package org.securebase.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.SignUpForm;
import org.securebase.accounts.TestAccounts;
import org.securebase.mail.EmailVerifications;
import org.securebase.mail.TestMail;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A signed-in pending member: first "confirm your email", then "awaiting verification". */
class PendingViewTest extends ViewTest {

    @Autowired
    AccountService service;

    @Autowired
    AccountRepository repository;

    @Autowired
    EmailVerifications verifications;

    @Autowired
    TestMail mail;

    @Test
    void untilTheEmailIsConfirmedThePageAsksForItAndSendsTheLinkAgainAtMostOnceAMinute() {
        SignUpForm form = TestAccounts.form(TestAccounts.unique("Pending Pat"));
        service.signUp(form);
        accounts.signInAs(repository.findByEmail(form.getEmail()).orElseThrow().getId());

        PendingView view = navigate(PendingView.class);
        assertThat($(H2.class).id("pending-title").getText()).isEqualTo("Confirm your email");
        assertThat($(Paragraph.class).id("pending-email").getText())
                .startsWith("Confirm your email: we sent a link to " + form.getEmail());
        test(view.resend).click();
        assertThat(view.resendAnswer.isVisible()).isTrue();
        assertThat(view.resendAnswer.getText()).contains("less than a minute ago");

        mail.deliver();
        String link = mail.to(form.getEmail()).getLast().link("verify-email");
        verifications.confirm(link.substring(link.indexOf("token=") + "token=".length()));

        navigate(PendingView.class);
        assertThat($(H2.class).id("pending-title").getText()).contains("awaiting verification");
    }
}
