package org.securebase.accounts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.AddressConfirmation;
import org.securebase.accounts.PasswordPolicy;
import org.securebase.accounts.SignUpForm;
import org.securebase.shared.InvalidInputException;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;

@Route(value = "signup", autoLayout = false)
@PageTitle("Create an account · SecureBase")
@AnonymousAllowed
public class SignUpView extends VerticalLayout {

    static final List<String> PROFESSIONS = List.of(
            "Psychologist",
            "Psychotherapist",
            "Counsellor",
            "Clinical social worker",
            "Marriage and family therapist",
            "Psychiatrist",
            "Mental health nurse",
            "Art therapist",
            "Music therapist",
            "Play therapist");

    final TextField displayName = new TextField("Display name");
    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final PasswordField password = new PasswordField("Password");
    final ComboBox<String> profession = new ComboBox<>("Profession");
    final TextField licenceNumber = new TextField("Licence or registration number");
    final TextField licenceBody = new TextField("Issuing body");
    final Checkbox trainee = new Checkbox("I am a trainee");
    final TextField clinicalSupervisor = new TextField("My clinical supervisor");
    final Button create = new Button("Create account");

    private final AccountService accounts;
    private final AddressConfirmation verifications;
    private final BeanValidationBinder<SignUpForm> binder = new BeanValidationBinder<>(SignUpForm.class);
    private final SignUpForm form = new SignUpForm();

    public SignUpView(AccountService accounts, PasswordPolicy passwordPolicy, AddressConfirmation verifications) {
        this.accounts = accounts;
        this.verifications = verifications;
        addClassNames("sb-page", "sb-narrow");
        getElement().setAttribute("role", "main"); // a page without the app layout names its own main landmark

        displayName.setHelperText("Shown with your posts. It need not be your real name.");
        fullName.setHelperText("Seen only by supervisors and administrators, to verify your licence.");
        password.setHelperText("At least 12 characters. A phrase of unrelated words works well.");
        password.setRevealButtonVisible(true);
        profession.setItems(PROFESSIONS);
        profession.setAllowCustomValue(true);
        profession.addCustomValueSetListener(e -> profession.setValue(e.getDetail()));
        clinicalSupervisor.setVisible(false);
        clinicalSupervisor.setHelperText("The supervisor responsible for your clinical work.");
        trainee.addValueChangeListener(e -> clinicalSupervisor.setVisible(e.getValue()));
        Limits.limit(displayName, 60);
        Limits.limit(fullName, 120);
        Limits.limit(email, 254);
        Limits.limit(licenceNumber, 60);
        Limits.limit(licenceBody, 120);
        Limits.limit(clinicalSupervisor, 120);
        displayName.setId("display-name");
        fullName.setId("full-name");
        email.setId("email");
        password.setId("password");
        profession.setId("profession");
        licenceNumber.setId("licence-number");
        licenceBody.setId("licence-body");
        trainee.setId("trainee");
        clinicalSupervisor.setId("clinical-supervisor");
        create.setId("create-account");

        binder.bind(displayName, "displayName");
        binder.bind(fullName, "fullName");
        binder.bind(email, "email");
        binder.forField(password)
                .withValidator((value, ctx) -> passwordPolicy
                        .problem(value, email.getValue(), displayName.getValue(), fullName.getValue())
                        .map(ValidationResult::error)
                        .orElse(ValidationResult.ok()))
                .bind("password");
        binder.forField(profession).withNullRepresentation("").bind("profession");
        binder.bind(licenceNumber, "licenceNumber");
        binder.bind(licenceBody, "licenceBody");
        binder.bind(trainee, "trainee");
        binder.forField(clinicalSupervisor)
                .withValidator(
                        value -> !trainee.getValue() || !value.isBlank(),
                        "Trainees name the supervisor responsible for their clinical work.")
                .bind("clinicalSupervisor");
        binder.setBean(form);

        FormLayout fields = new FormLayout(
                displayName,
                fullName,
                email,
                password,
                profession,
                licenceNumber,
                licenceBody,
                trainee,
                clinicalSupervisor);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> submit());
        H1 title = new H1("Join SecureBase");
        Paragraph intro = new Paragraph("SecureBase is a peer-consultation forum for licensed clinicians and "
                + "trainees. You confirm your email, then an administrator or supervisor checks your registration "
                + "before you can read or post.");
        intro.addClassName("sb-muted");
        add(title, intro, fields, create, new Anchor("login", "I already have an account"));
    }

    private void submit() {
        if (binder.validate().hasErrors()) {
            return;
        }
        try {
            accounts.signUp(form);
            showConfirmation();
        } catch (InvalidInputException e) {
            Forms.showErrors(e, fields());
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> map = new LinkedHashMap<>();
        map.put("displayName", displayName);
        map.put("fullName", fullName);
        map.put("email", email);
        map.put("password", password);
        map.put("profession", profession);
        map.put("licenceNumber", licenceNumber);
        map.put("licenceBody", licenceBody);
        map.put("clinicalSupervisor", clinicalSupervisor);
        return map;
    }

    /** The same answer whether or not the email already had an account: the page must not tell which. */
    private void showConfirmation() {
        removeAll();
        if (!verifications.on()) {
            H2 done = new H2("Thank you, your account awaits verification");
            done.setId("signup-done");
            add(
                    done,
                    new Paragraph("A supervisor or administrator will check your licence or registration. "
                            + "You can sign in at any time to see where things stand."),
                    new Paragraph("If you already had an account with this email, nothing has changed: sign in "
                            + "with it as before."),
                    new Anchor("login", "Go to sign in"));
            return;
        }
        H2 done = new H2("Thank you: please confirm your email");
        done.setId("signup-done");
        add(
                done,
                new Paragraph("We sent a link to " + email.getValue() + ". Open it within 24 hours to confirm "
                        + "your address; then a supervisor or administrator checks your licence or registration, "
                        + "and we email you when it is done. Until you confirm, nobody sees your registration."),
                new Paragraph("No mail? Check your spam folder, or sign in and ask for the link again."),
                new Paragraph("If you already had an account with this email, nothing has changed: sign in with "
                        + "it as before."),
                new Anchor("login", "Go to sign in"));
    }
}
