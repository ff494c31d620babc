package org.securebase.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.TestAccounts;
import org.securebase.mail.EmailChangeMails;
import org.securebase.mail.TestMail;
import org.securebase.security.Role;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The page a new address's link opens: opening it changes nothing, the button does. */
class ConfirmEmailViewTest extends ViewTest {

    @Autowired
    AccountService service;

    @Autowired
    TestMail mail;

    private ConfirmEmailView open(String token) {
        UI.getCurrent().navigate(EmailChangeMails.PATH, QueryParameters.of("token", token));
        return (ConfirmEmailView) getCurrentView();
    }

    @Test
    void openingTheLinkChangesNothingUntilTheMemberPressesConfirm() {
        long id = accounts.active("Button Presser", Role.THERAPIST);
        String before = accounts.emailOf(id);
        String after = "pressed-" + before;
        accounts.signInAs(id);
        service.updateProfile(accounts.load(id).getDisplayName(), after, TestAccounts.PASSWORD);
        mail.deliver();
        String link = mail.to(after).getLast().link(EmailChangeMails.PATH);
        String token = link.substring(link.indexOf("token=") + "token=".length());

        ConfirmEmailView view = open(token);
        assertThat(view.message.getText()).isEqualTo(ConfirmEmailView.ASK);
        assertThat(view.confirm.isVisible()).isTrue();
        assertThat(accounts.emailOf(id))
                .as("a mail scanner opening the page confirms nothing")
                .isEqualTo(before);

        test(view.confirm).click();
        assertThat(view.title.getText()).isEqualTo("Your email is changed");
        assertThat(view.confirm.isVisible()).isFalse();
        assertThat(accounts.emailOf(id)).isEqualTo(after);

        ConfirmEmailView again = open(token);
        test(again.confirm).click();
        assertThat(again.title.getText()).isEqualTo("Nothing changed");
        assertThat(again.message.getText()).contains("expired");
    }
}
