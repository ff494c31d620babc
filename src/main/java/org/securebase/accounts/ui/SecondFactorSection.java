package org.securebase.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.securebase.accounts.Passkeys;
import org.securebase.accounts.Passkeys.Passkey;
import org.securebase.accounts.SecondFactors;
import org.securebase.accounts.SecondFactors.Status;
import org.securebase.shared.InvalidInputException;
import org.securebase.ui.Forms;
import org.securebase.ui.Times;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * "Second factor" on the profile page: a therapist may set up an authenticator app (staff and members of groups
 * that require one already have), or remove it with a current code when it is not required; anyone may add
 * passkeys, see them with their dates and remove one, though never the last factor of those who must have one.
 */
class SecondFactorSection extends VerticalLayout {

    final Paragraph state = new Paragraph();
    final Button setUp = new Button("Set up an authenticator app");
    final TextField currentCode = SecondFactorView.codeField("Current code from your app", "factor-code");
    final Button renew = new Button("New recovery codes");
    final Button remove = new Button("Remove second factor");
    final UnorderedList freshCodes = new UnorderedList();
    final UnorderedList passkeyList = new UnorderedList();
    final Paragraph passkeyError = PasskeyPrompt.errorLine("passkey-remove-error");
    final Paragraph confirmHint = new Paragraph();
    Dialog dialog;
    PasskeySignIn confirm;

    private final SecondFactors factors;
    private final Passkeys passkeys;

    SecondFactorSection(SecondFactors factors, Passkeys passkeys) {
        this.factors = factors;
        this.passkeys = passkeys;
        passkeyList.setId("passkeys");
        setPadding(false);
        setId("second-factor");
        setUp.setId("set-up-factor");
        setUp.addClickListener(e -> openEnrolment());
        remove.setId("remove-factor");
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.addClickListener(e -> remove());
        renew.setId("renew-recovery-codes");
        renew.addClickListener(e -> renew());
        freshCodes.setId("fresh-recovery-codes");
        freshCodes.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        state.setId("second-factor-state");
        show();
    }

    private void show() {
        removeAll();
        confirm = null;
        Status status = factors.status();
        add(new H2("Second factor"));
        if (status.enrolled()) {
            state.setText("You sign in with your password and a code from your authenticator app"
                    + (status.passkeys() > 0 ? " or one of your passkeys. " : ". ")
                    + status.recoveryCodesLeft() + " of " + SecondFactors.RECOVERY_CODES + " recovery codes left."
                    + (status.required() ? " It is required for your role or one of your groups." : ""));
            add(state, currentCode);
            HorizontalLayout actions = new HorizontalLayout(renew);
            if (!status.required() || status.passkeys() > 0) {
                remove.setText(status.passkeys() > 0 ? "Remove authenticator app" : "Remove second factor");
                actions.add(remove);
            }
            add(actions);
        } else if (status.passkeys() > 0) {
            state.setText("You sign in with your password and one of your passkeys. " + status.recoveryCodesLeft()
                    + " of " + SecondFactors.RECOVERY_CODES + " recovery codes left."
                    + (status.required() ? " A second factor is required for your role or one of your groups." : "")
                    + " You can add an authenticator app as well.");
            add(state, new HorizontalLayout(renew, setUp));
        } else {
            state.setText("Sign in with a passkey or a code from an app on your phone as well as your password, so "
                    + "that a stolen password alone opens nothing.");
            add(state, setUp);
        }
        showPasskeys(status);
    }

    private void showPasskeys(Status status) {
        add(new H3("Passkeys"));
        passkeyList.removeAll();
        List<Passkey> mine = passkeys.mine();
        for (Passkey p : mine) {
            Span name = new Span(p.name());
            name.getStyle().set("font-weight", "600");
            Span dates = new Span(" · added " + Times.exact(p.createdAt())
                    + (p.lastUsedAt() != null
                                    && p.lastUsedAt().isAfter(p.createdAt().plusSeconds(1))
                            ? ", last used " + Times.exact(p.lastUsedAt())
                            : ", not used yet"));
            Button drop = new Button("Remove", e -> removePasskey(p));
            drop.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            drop.getElement().setAttribute("aria-label", "Remove passkey " + p.name());
            ListItem item = new ListItem(name, dates, drop);
            item.addClassName("sb-passkey");
            passkeyList.add(item);
        }
        if (mine.isEmpty()) {
            add(new Paragraph("No passkeys yet. A passkey lives on this device (or a security key) and is unlocked "
                    + "with your fingerprint, face or PIN."));
        } else {
            add(passkeyList, passkeyError);
        }
        add(new PasskeyRegistration(passkeys, "Add a passkey", added -> {
            Forms.success("Passkey \"" + added.name() + "\" added.");
            show();
        }));
    }

    private void removePasskey(Passkey p) {
        try {
            passkeys.remove(p.id());
        } catch (AccessDeniedException e) {
            PasskeyPrompt.show(passkeyError, e.getMessage());
            return;
        }
        Forms.success("Passkey \"" + p.name() + "\" removed.");
        show();
    }

    private void openEnrolment() {
        dialog = new Dialog();
        dialog.setHeaderTitle("Set up an authenticator app");
        dialog.add(new SecondFactorEnrolment(factors, () -> {
            dialog.close();
            show();
        }));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()));
        dialog.open();
    }

    /**
     * Ten new recovery codes (the old ones stop working), shown this once. A code typed into the field is checked;
     * otherwise a session that gave its factor in the last few minutes is asked nothing more, and any other for the
     * current code from the app or one of the member's passkeys, through the same prompt as at sign-in.
     */
    private void renew() {
        Status status = factors.status();
        if (status.enrolled() && !currentCode.isEmpty()) { // a code typed is checked, recent factor or not
            try {
                showFreshCodes(withCode(factors::newRecoveryCodes));
            } catch (Refused e) {
                // the field says why
            }
            return;
        }
        if (factors.factorGivenRecently()) {
            showFreshCodes(factors.newRecoveryCodes());
            return;
        }
        if (status.passkeys() > 0 && confirm == null) {
            confirm = new PasskeySignIn(passkeys, () -> {
                confirm = null;
                showFreshCodes(factors.newRecoveryCodes());
            });
            confirm.use.setText("Confirm with a passkey");
            confirm.use.setId("confirm-with-passkey");
            confirmHint.setId("renew-confirm-hint");
            confirmHint.setText(
                    status.enrolled()
                            ? "To confirm it is you, use one of your passkeys or enter the code your app shows now."
                            : "To confirm it is you, use one of your passkeys.");
            addComponentAtIndex(indexOf(state) + 1, confirmHint);
            addComponentAtIndex(indexOf(confirmHint) + 1, confirm);
        }
        if (status.enrolled()) {
            currentCode.setErrorMessage("Enter the code your app shows now, to confirm it is you.");
            currentCode.setInvalid(true);
        }
    }

    private void showFreshCodes(List<String> codes) {
        confirm = null;
        show();
        freshCodes.removeAll();
        codes.forEach(c -> freshCodes.add(new ListItem(c)));
        add(
                new Paragraph("Your earlier recovery codes no longer work. Save these ten; they are shown only now."),
                freshCodes);
    }

    private <T> T withCode(java.util.function.Function<String, T> action) {
        Forms.clearErrors(Map.of("code", currentCode));
        try {
            return action.apply(currentCode.getValue());
        } catch (InvalidInputException e) {
            Forms.showErrors(e, Map.of("code", currentCode));
        } catch (AuthenticationException | AccessDeniedException e) {
            currentCode.setErrorMessage(e.getMessage());
            currentCode.setInvalid(true);
        }
        throw new Refused();
    }

    /** The code was refused; the field says why. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }

    private void remove() {
        try {
            withCode(code -> {
                factors.remove(code);
                return true;
            });
        } catch (Refused e) {
            return;
        }
        Forms.success("Your second factor is removed.");
        show();
    }
}
