package org.securebase.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.securebase.accounts.SecondFactors;
import org.securebase.accounts.SecondFactors.Status;
import org.securebase.shared.InvalidInputException;
import org.securebase.ui.Forms;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * "Second factor" on the profile page: a therapist may set up an authenticator app (staff and members of groups
 * that require one already have), or remove it with a current code when it is not required.
 */
class SecondFactorSection extends VerticalLayout {

    final Paragraph state = new Paragraph();
    final Button setUp = new Button("Set up an authenticator app");
    final TextField currentCode = SecondFactorView.codeField("Current code from your app", "factor-code");
    final Button renew = new Button("New recovery codes");
    final Button remove = new Button("Remove second factor");
    final UnorderedList freshCodes = new UnorderedList();
    Dialog dialog;

    private final SecondFactors factors;

    SecondFactorSection(SecondFactors factors) {
        this.factors = factors;
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
        Status status = factors.status();
        add(new H2("Second factor"));
        if (status.enrolled()) {
            state.setText("You sign in with your password and a code from your authenticator app. "
                    + status.recoveryCodesLeft() + " of " + SecondFactors.RECOVERY_CODES + " recovery codes left."
                    + (status.required() ? " It is required for your role or one of your groups." : ""));
            add(state, currentCode);
            HorizontalLayout actions = new HorizontalLayout(renew);
            if (!status.required()) {
                actions.add(remove);
            }
            add(actions);
        } else {
            state.setText("Sign in with a code from an app on your phone as well as your password, so that a "
                    + "stolen password alone opens nothing.");
            add(state, setUp);
        }
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

    /** Ten new recovery codes (the old ones stop working), shown this once. */
    private void renew() {
        List<String> codes;
        try {
            codes = withCode(factors::newRecoveryCodes);
        } catch (Refused e) {
            return;
        }
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
