package org.securebase.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.securebase.DatabaseTest;
import org.securebase.audit.AuditTrail;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With mail off no link can reach the new address, so an email change applies at once, unchecked, as before, and
 * the audit trail says so (as a sign-up's address is accepted unchecked).
 */
@DatabaseTest
class EmailChangeMailOffTest {

    @Autowired
    AccountRepository repository;

    @Autowired
    Validator validator;

    @Autowired
    AccessPolicy access;

    @Autowired
    AuditTrail audit;

    @Autowired
    DisplayNames displayNames;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private ProfileChanges withoutMail() {
        AddressConfirmation off = new AddressConfirmation() {
            @Override
            public boolean on() {
                return false;
            }

            @Override
            public String resend() {
                throw new UnsupportedOperationException();
            }
        };
        var provider = new StaticListableBeanFactory(Map.of("off", off)).getBeanProvider(AddressConfirmation.class);
        return new ProfileChanges(repository, validator, access, audit, displayNames, encoder, provider, events);
    }

    @Test
    void with_mail_off_the_new_email_applies_at_once_and_the_audit_trail_says_it_was_not_checked() {
        long id = accounts.active("Offline Otto", Role.THERAPIST);
        String next = "otto-" + accounts.emailOf(id);
        accounts.signInAs(id);
        String name = accounts.load(id).getDisplayName();
        ProfileChanges profiles = withoutMail(); // not a proxy: the test gives it its transaction
        tx.executeWithoutResult(t -> profiles.updateProfile(name, next, TestAccounts.PASSWORD));
        assertThat(accounts.load(id).getEmail()).isEqualTo(next);
        assertThat(accounts.load(id).getPendingEmail()).isNull();
        accounts.signInAs(accounts.active("Offline Admin", Role.ADMIN));
        assertThat(audit.search(accounts.load(id).getDisplayName(), 0, 20))
                .anyMatch(l -> l.action().equals("account.profile-updated")
                        && l.reason().contains("mail is off: the new address was not checked"));
    }
}
