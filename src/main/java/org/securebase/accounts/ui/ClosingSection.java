package org.securebase.accounts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.securebase.accounts.Account;
import org.securebase.accounts.AccountClosures;
import org.securebase.accounts.AccountClosures.Closure;
import org.securebase.accounts.AccountClosures.State;
import org.securebase.accounts.MemberDataExport;
import org.securebase.shared.InvalidInputException;
import org.securebase.ui.Forms;
import org.securebase.ui.Times;

/**
 * "Your data and your account" on the profile page: download one's own data, and ask for the account to be
 * closed (or cancel the request while no administrator has decided).
 */
class ClosingSection extends VerticalLayout {

    static final String WHAT_HAPPENS = "Closing your account erases your display name, email, password and "
            + "professional details, and you can no longer sign in. Your posts and comments stay, for the sake of "
            + "the discussions they belong to, shown as written by a \u201c" + Account.FORMER_MEMBER
            + "\u201d. An administrator closes the account; until then you can cancel your request.";

    final Anchor download;
    final Paragraph closureStatus = new Paragraph();
    final Button cancelClosure = new Button("Cancel my request");
    final PasswordField closurePassword = new PasswordField("Current password");
    final Checkbox closureUnderstood = new Checkbox("I understand that closing my account cannot be undone");
    final Button requestClosure = new Button("Ask to close my account");
    private final VerticalLayout askForm = new VerticalLayout();

    private final AccountClosures closures;

    ClosingSection(AccountClosures closures, MemberDataExport export) {
        this.closures = closures;
        setPadding(false);
        setId("your-data");
        download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] zip = export.zipOfMine();
                    return new DownloadResponse(
                            new ByteArrayInputStream(zip), "securebase-my-data.zip", "application/zip", zip.length);
                }),
                AttachmentType.DOWNLOAD,
                "Download my data");
        download.setId("download-my-data");
        download.setVisible(export != null);
        Paragraph dataHelp = new Paragraph("A zip with your profile, posts, comments and notifications, one JSON "
                + "file each. It holds what you wrote, including anonymous posts: keep it safe.");
        dataHelp.addClassName("sb-muted");
        Paragraph what = new Paragraph(WHAT_HAPPENS);
        what.addClassName("sb-muted");
        closureStatus.setId("closure-status");
        cancelClosure.setId("cancel-closure");
        cancelClosure.addClickListener(e -> cancel());
        closurePassword.setId("closure-password");
        closureUnderstood.setId("closure-understood");
        requestClosure.setId("request-closure");
        requestClosure.addThemeVariants(ButtonVariant.ERROR);
        requestClosure.addClickListener(e -> request());
        askForm.setPadding(false);
        askForm.add(closurePassword, closureUnderstood, requestClosure);
        add(new H2("Your data and your account"), download, dataHelp, new H2("Closing your account"), what);
        add(closureStatus, cancelClosure, askForm);
        refresh();
    }

    private void refresh() {
        Closure latest = closures.mine().orElse(null);
        boolean open = latest != null && latest.state() == State.OPEN;
        boolean declined = latest != null && latest.state() == State.DECLINED;
        closureStatus.setVisible(open || declined);
        closureStatus.setText(
                open
                        ? "You asked on " + Times.exact(latest.requestedAt())
                                + " for your account to be closed. An administrator will close it soon."
                        : declined
                                ? "An administrator declined your request of " + Times.exact(latest.requestedAt())
                                        + ": " + latest.declineReason() + ". You can ask again."
                                : "");
        cancelClosure.setVisible(open);
        askForm.setVisible(!open);
    }

    private void request() {
        Map<String, HasValidation> fields =
                Map.of("closurePassword", closurePassword, "closureUnderstood", closureUnderstood);
        Forms.clearErrors(fields);
        try {
            closures.request(closurePassword.getValue(), closureUnderstood.getValue());
            closurePassword.clear();
            closureUnderstood.clear();
            refresh();
            Forms.success("Your request is sent. An administrator will close your account; until then you can "
                    + "cancel it here.");
        } catch (InvalidInputException e) {
            Forms.showErrors(e, fields);
        }
    }

    private void cancel() {
        boolean cancelled = closures.cancel();
        refresh();
        if (cancelled) {
            Forms.success("Your request is cancelled; your account stays open.");
        } else {
            Forms.error("An administrator has already decided on your request.");
        }
    }
}
