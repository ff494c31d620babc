package org.securebase.accounts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import org.securebase.accounts.AccountClosures;
import org.securebase.accounts.AccountDetails;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.MemberDataExport;
import org.securebase.accounts.MemberSessions;
import org.securebase.accounts.Passkeys;
import org.securebase.accounts.SecondFactors;
import org.securebase.accounts.signin.ThisSession;
import org.securebase.security.Roles;
import org.securebase.shared.InvalidInputException;
import org.securebase.ui.Appearance;
import org.securebase.ui.Forms;
import org.securebase.ui.Limits;
import org.springframework.beans.factory.ObjectProvider;

@Route("profile")
@Menu(title = "My profile", order = 5, icon = "vaadin:user")
@PageTitle("My profile · SecureBase")
@RolesAllowed({Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
public class ProfileView extends VerticalLayout {

    final TextField displayName = new TextField("Display name");
    final EmailField email = new EmailField("Email");
    final PasswordField emailPassword = new PasswordField("Current password, to change your email");
    final Button saveProfile = new Button("Save profile");
    final Span pendingEmail = new Span();
    final Button cancelEmailChange = new Button("Cancel");
    final HorizontalLayout pending = new HorizontalLayout(pendingEmail, cancelEmailChange);
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("Repeat new password");
    final Button changePassword = new Button("Change password");
    final Button signOutElsewhere = new Button("Sign out everywhere else");

    final SessionList sessionList;

    private final AccountService accounts;
    private final MemberSessions memberSessions;
    private final Clock clock;

    final ClosingSection closing;
    final SecondFactorSection secondFactor;

    public ProfileView(
            AccountService accounts,
            MemberSessions memberSessions,
            Clock clock,
            AccountClosures closures,
            ObjectProvider<MemberDataExport> export,
            SecondFactors factors,
            Passkeys passkeys) {
        this.accounts = accounts;
        this.memberSessions = memberSessions;
        this.clock = clock;
        this.sessionList = new SessionList(memberSessions);
        addClassNames("sb-page", "sb-narrow");
        AccountDetails me = accounts.myAccount();
        displayName.setValue(me.displayName());
        Limits.limit(displayName, 60);
        Limits.limit(email, 254);
        displayName.setRequired(true);
        email.setValue(me.email());
        email.setRequired(true);
        emailPassword.setVisible(false);
        email.addValueChangeListener(e -> emailPassword.setVisible(
                !accounts.myAccount().email().equalsIgnoreCase(e.getValue().strip())));
        pending.setId("pending-email");
        pending.setAlignItems(Alignment.BASELINE);
        cancelEmailChange.addThemeVariants(ButtonVariant.TERTIARY);
        cancelEmailChange.addClickListener(e -> cancelEmailChange());
        showPendingEmail();
        saveProfile.addThemeVariants(ButtonVariant.PRIMARY);
        saveProfile.addClickListener(e -> saveProfile());
        newPassword.setHelperText("At least 12 characters. A phrase of unrelated words works well.");
        changePassword.addClickListener(e -> changePassword());

        Paragraph facts = new Paragraph(me.fullName() + " · " + me.profession() + " · " + me.licenceNumber() + " ("
                + me.licenceBody() + ") · " + me.role().label());
        facts.addClassName("sb-muted");
        FormLayout profile = new FormLayout(displayName, email, pending, emailPassword);
        profile.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        FormLayout password = new FormLayout(currentPassword, newPassword, repeatPassword);
        password.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1("My profile"), facts, profile, saveProfile, new H2("Password"), password, changePassword);
        signOutElsewhere.setId("sign-out-elsewhere");
        signOutElsewhere.addClickListener(e -> signOutElsewhere());
        Paragraph sessions = new Paragraph("Left signed in on another computer or phone? This ends every other "
                + "session at its next step; this browser stays signed in. Changing your password does the same.");
        sessions.addClassName("sb-muted");
        secondFactor = new SecondFactorSection(factors, passkeys);
        add(secondFactor);
        add(new H2("Your sessions"), sessionList, sessions, signOutElsewhere);
        add(
                new H2("Notifications and email"),
                new com.vaadin.flow.component.html.Anchor(
                        "mail-preferences", "Choose which notifications reach you, and which by email"));
        add(new H2("Appearance"), appearance);
        closing = new ClosingSection(closures, export.getIfAvailable());
        add(closing);
    }

    /** Light, dark, or as the device is set; kept in this browser (see {@link Appearance}). */
    private final com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> appearance = appearanceChoice();

    private com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> appearanceChoice() {
        var choice = new com.vaadin.flow.component.radiobutton.RadioButtonGroup<String>("Colours on this device");
        choice.setId("appearance");
        choice.setItems(Appearance.SYSTEM, Appearance.LIGHT, Appearance.DARK);
        choice.setItemLabelGenerator(v -> switch (v) {
            case Appearance.LIGHT -> "Light";
            case Appearance.DARK -> "Dark";
            default -> "As my device is set";
        });
        choice.setValue(Appearance.SYSTEM);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                e.getSource().getUI().ifPresent(ui -> Appearance.choose(ui, e.getValue()));
            }
        });
        choice.addAttachListener(e -> Appearance.apply(choice.getElement(), stored -> choice.setValue(stored)));
        return choice;
    }

    private void saveProfile() {
        Map<String, HasValidation> fields =
                Map.of("displayName", displayName, "email", email, "emailPassword", emailPassword);
        Forms.clearErrors(fields);
        try {
            accounts.updateProfile(displayName.getValue(), email.getValue(), emailPassword.getValue());
            emailPassword.clear();
            String asked = accounts.pendingEmail().orElse(null);
            if (asked != null && asked.equalsIgnoreCase(email.getValue().strip())) {
                email.setValue(accounts.myAccount().email());
                Forms.success("Your profile is saved. We sent a link to " + asked
                        + ": your email changes when you open it and confirm.");
            } else {
                Forms.success("Your profile is saved.");
            }
            showPendingEmail();
        } catch (InvalidInputException e) {
            Forms.showErrors(e, fields);
        }
    }

    /** Until the new address confirms it: "Confirmation sent to … — Cancel". */
    private void showPendingEmail() {
        String asked = accounts.pendingEmail().orElse(null);
        pending.setVisible(asked != null);
        pendingEmail.setText(asked == null ? "" : "Confirmation sent to " + asked + " \u2014");
    }

    private void cancelEmailChange() {
        accounts.cancelEmailChange();
        showPendingEmail();
        Forms.success("The email change is cancelled; the link sent for it no longer works.");
    }

    private void changePassword() {
        Map<String, HasValidation> fields = Map.of(
                "currentPassword", currentPassword, "newPassword", newPassword, "repeatPassword", repeatPassword);
        Forms.clearErrors(fields);
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            Forms.showErrors(InvalidInputException.of("repeatPassword", "The two new passwords differ."), fields);
            return;
        }
        try {
            accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
            ThisSession.outlastsCredentialChange(clock);
            memberSessions.endMyOthers(ThisSession.key());
            sessionList.refresh();
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            Forms.success("Your password is changed. Any other session of yours is signed out.");
        } catch (InvalidInputException e) {
            Forms.showErrors(e, fields);
        }
    }

    private void signOutElsewhere() {
        accounts.endOtherSessions();
        ThisSession.outlastsCredentialChange(clock);
        memberSessions.endMyOthers(ThisSession.key());
        sessionList.refresh();
        Forms.success("Every other session of yours is signed out; this one stays.");
    }
}
