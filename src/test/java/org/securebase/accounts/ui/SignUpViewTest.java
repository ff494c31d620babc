package org.securebase.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.TestAccounts;
import org.securebase.mail.TestMail;
import org.securebase.security.AccountStatus;
import org.securebase.ui.ViewTest;
import org.springframework.beans.factory.annotation.Autowired;

class SignUpViewTest extends ViewTest {

    @Autowired
    AccountRepository repository;

    @Autowired
    TestMail mail;

    private SignUpView fillIn(String displayName) {
        SignUpView view = navigate(SignUpView.class);
        var form = TestAccounts.form(TestAccounts.unique(displayName));
        test(view.displayName).setValue(form.getDisplayName());
        test(view.fullName).setValue(form.getFullName());
        test(view.email).setValue(form.getEmail());
        test(view.password).setValue(TestAccounts.PASSWORD);
        view.profession.setValue("Psychotherapist");
        test(view.licenceNumber).setValue(form.getLicenceNumber());
        test(view.licenceBody).setValue("Health and Care Professions Council");
        return view;
    }

    @Test
    void aClinicianSignsUpAndIsAskedToConfirmTheirEmail() {
        SignUpView view = fillIn("Careful Clinician");
        String email = view.email.getValue();
        test(view.create).click();
        assertThat($(H2.class).id("signup-done").getText()).contains("confirm your email");
        assertThat(repository.findByEmail(email))
                .get()
                .extracting(a -> a.getStatus())
                .isEqualTo(AccountStatus.PENDING);
        assertThat(repository.findByEmail(email).orElseThrow().isEmailVerified())
                .isFalse();
        mail.deliver();
        assertThat(mail.to(email))
                .singleElement()
                .satisfies(m -> assertThat(m.link("verify-email")).isNotBlank());
    }

    @Test
    void anEmptyFormShowsAMessageNextToEveryRequiredFieldAndSavesNothing() {
        long before = repository.count();
        SignUpView view = navigate(SignUpView.class);
        test(view.create).click();
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).isEqualTo("Please choose a display name.");
        assertThat(view.fullName.isInvalid()).isTrue();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.licenceNumber.isInvalid()).isTrue();
        assertThat(view.licenceBody.isInvalid()).isTrue();
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aCommonPasswordIsRefusedNextToThePasswordField() {
        SignUpView view = fillIn("Weak Password");
        test(view.password).setValue("password1234");
        test(view.create).click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("too common");
    }

    @Test
    void aTakenEmailGetsTheSameConfirmationAsANewOneAndNothingIsCreated() {
        SignUpView fresh = fillIn("Fresh");
        String freshEmail = fresh.email.getValue();
        test(fresh.create).click();
        String freshPage = fresh.getElement().getTextRecursively().replace(freshEmail, "ADDRESS");

        String email = accounts.emailOf(accounts.active("First", org.securebase.security.Role.THERAPIST));
        long before = repository.count();
        navigate(LoginView.class); // leave the page, so the next visit gets a new form as a stranger would
        SignUpView second = fillIn("Second");
        test(second.email).setValue(email);
        test(second.create).click();
        assertThat(second.email.isInvalid()).isFalse();
        assertThat($(H2.class).id("signup-done").getText()).contains("confirm your email");
        assertThat(second.getElement().getTextRecursively().replace(email, "ADDRESS"))
                .isEqualTo(freshPage);
        assertThat(repository.count()).isEqualTo(before);
        assertThat(repository.findByEmail(email))
                .get()
                .extracting(a -> a.getDisplayName())
                .isEqualTo("First");
    }

    @Test
    void aTraineeMustNameTheirClinicalSupervisor() {
        SignUpView view = fillIn("Trainee");
        test(view.trainee).click();
        assertThat(view.clinicalSupervisor.isVisible()).isTrue();
        test(view.create).click();
        assertThat(view.clinicalSupervisor.isInvalid()).isTrue();
        test(view.clinicalSupervisor).setValue("Dr. Placement Supervisor");
        test(view.create).click();
        assertThat($(H2.class).id("signup-done")).isNotNull();
    }

    @Test
    void oversizedAndMultiLineNamesAreRefused() {
        SignUpView view = fillIn("Oversized");
        view.displayName.setValue("x".repeat(61));
        view.fullName.setValue("two\nlines");
        test(view.create).click();
        assertThat(view.displayName.isInvalid()).isTrue();
        assertThat(view.displayName.getErrorMessage()).contains("at most 60");
        assertThat(view.fullName.isInvalid()).isTrue();
    }
}
