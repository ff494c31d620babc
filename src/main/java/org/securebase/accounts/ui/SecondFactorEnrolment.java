package org.securebase.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.securebase.accounts.SecondFactors;
import org.securebase.accounts.SecondFactors.Enrolment;

/**
 * Setting up an authenticator app: a QR image and the same key in text, a first code to prove it was copied, then
 * the ten recovery codes, shown this once. Used on the second-factor page (staff at their first sign-in) and on the
 * profile page (a therapist who chooses it). The key lives only in this component until the code confirms it.
 */
class SecondFactorEnrolment extends VerticalLayout {

    final Span key = new Span();
    final TextField code = SecondFactorView.codeField("Code shown in the app", "enrol-code");
    final Button confirm = new Button("Confirm");
    final UnorderedList recoveryCodes = new UnorderedList();
    final Button saved = new Button("I have saved these codes");

    private final SecondFactors factors;
    private final Enrolment enrolment;
    private final Runnable done;

    SecondFactorEnrolment(SecondFactors factors, Runnable done) {
        this.factors = factors;
        this.done = done;
        this.enrolment = factors.startEnrolment();
        setPadding(false);
        setId("second-factor-enrolment");
        Paragraph step1 = new Paragraph("1. Open an authenticator app on your phone (for example Google "
                + "Authenticator, Microsoft Authenticator, FreeOTP or 1Password) and scan this code:");
        Image qr = new Image(enrolment.qrImage(), "QR code that adds SecureBase to your authenticator app");
        qr.setId("totp-qr");
        qr.setWidth("200px");
        qr.setHeight("200px");
        key.setText(enrolment.groupedSecret());
        key.setId("totp-key");
        key.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        Paragraph manual = new Paragraph("Cannot scan it? Type this key into the app instead: ");
        manual.add(key);
        Paragraph step2 = new Paragraph("2. Enter the six-digit code the app now shows for SecureBase.");
        confirm.setId("confirm-enrolment");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirm());
        confirm.addClickShortcut(Key.ENTER);
        add(step1, qr, manual, step2, code, confirm);
    }

    private void confirm() {
        SecondFactorView.submitCode("code", code, () -> factors.confirmEnrolment(enrolment.secret(), code.getValue()))
                .ifPresent(this::showRecoveryCodes);
    }

    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        Paragraph what = new Paragraph("Your second factor is set up. Keep these ten recovery codes somewhere safe "
                + "(printed, or in a password manager). Each one signs you in once if you lose your phone. They are "
                + "shown only now.");
        recoveryCodes.setId("recovery-codes");
        recoveryCodes.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        codes.forEach(c -> recoveryCodes.add(new ListItem(c)));
        saved.setId("recovery-codes-saved");
        saved.addThemeVariants(ButtonVariant.PRIMARY);
        saved.addClickListener(e -> done.run());
        add(what, recoveryCodes, saved);
    }
}
