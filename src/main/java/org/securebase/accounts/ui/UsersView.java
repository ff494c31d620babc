package org.securebase.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.securebase.accounts.AccountDetails;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.ClosureDecisions;
import org.securebase.accounts.SecondFactors;
import org.securebase.security.AccountStatus;
import org.securebase.security.Role;
import org.securebase.security.Roles;
import org.securebase.ui.Badges;
import org.securebase.ui.Forms;
import org.securebase.ui.ReasonDialog;

/**
 * Find members; supervisors verify or refuse registrations (once the member has confirmed their email: before,
 * the service does not list them), admins also change roles, suspend and reactivate, and close the accounts of
 * members who asked.
 */
@Route("admin/users")
@Menu(title = "Members", order = 13, icon = "vaadin:user-check")
@PageTitle("Members · SecureBase")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class UsersView extends VerticalLayout {

    final TextField search = new TextField();
    final Select<AccountStatus> status = new Select<>();
    final Grid<AccountDetails> grid = new Grid<>();

    private final AccountService accounts;
    private final SecondFactors factors;
    private final boolean admin;

    final ClosureRequests closureRequests;

    public UsersView(
            AccountService accounts,
            ClosureDecisions closures,
            AuthenticationContext authentication,
            SecondFactors factors) {
        this.accounts = accounts;
        this.factors = factors;
        this.admin = authentication.hasRole(Roles.ADMIN);
        this.closureRequests = admin ? new ClosureRequests(closures, this::refresh) : null;
        addClassName("sb-page");
        setHeightFull();

        search.setPlaceholder("Search name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        status.setItems(AccountStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.addValueChangeListener(e -> refresh());

        grid.addComponentColumn(UsersView::member).setHeader("Member").setFlexGrow(1);
        grid.addComponentColumn(UsersView::registration)
                .setHeader("Registration")
                .setFlexGrow(1);
        grid.addComponentColumn(a -> Badges.status(a.status()))
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        refresh();

        HorizontalLayout filters = new HorizontalLayout(search, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1("Members"));
        if (closureRequests != null) {
            add(closureRequests);
        }
        add(filters, grid);
        expand(grid);
    }

    private static Component member(AccountDetails a) {
        Span name = new Span(a.displayName());
        Span details =
                new Span(a.fullName() + " · " + a.email() + " · " + a.role().label());
        details.addClassName("sb-muted");
        VerticalLayout cell = new VerticalLayout(name, details);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private static Component registration(AccountDetails a) {
        Span profession = new Span(
                a.profession() + (a.trainee() ? " (trainee, supervised by " + a.clinicalSupervisor() + ")" : ""));
        Span licence = new Span(a.licenceNumber() + " · " + a.licenceBody());
        licence.addClassName("sb-muted");
        VerticalLayout cell = new VerticalLayout(profession, licence);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private void refresh() {
        grid.setItems(
                query ->
                        accounts
                                .find(search.getValue(), status.getValue(), query.getOffset(), query.getLimit())
                                .stream(),
                query -> accounts.count(search.getValue(), status.getValue()));
    }

    /** The reason is required: the member reads it in the mail and on the sign-in page. */
    ReasonDialog refuseDialog(AccountDetails account) {
        ReasonDialog dialog = new ReasonDialog(
                "Refuse registration",
                account.displayName() + " ("
                        + account.fullName()
                        + ") will not be able to sign in. We email them that their request was refused, "
                        + "with your reason.",
                "Refuse",
                reason -> {
                    accounts.refuse(account.id(), reason);
                    Forms.success(account.displayName() + "'s registration is refused; we emailed them.");
                    refresh();
                });
        dialog.reasonField()
                .setHelperText("Sent to the member by mail and shown when they try to sign in; kept in "
                        + "the audit trail. Never include anything about clients.");
        return dialog;
    }

    /** A member who lost their phone and their recovery codes: audited, and the member told. */
    Button resetFactorButton(AccountDetails account) {
        Button reset = new Button(
                "Reset second factor",
                e -> new ReasonDialog(
                                "Reset second factor",
                                account.displayName() + "'s authenticator app and recovery codes stop working, "
                                        + "their sessions end, and they are told by mail and in the app. They set "
                                        + "the app up again at their next sign-in.",
                                "Reset",
                                reason -> {
                                    factors.reset(account.id(), reason);
                                    Forms.success(account.displayName() + "'s second factor is reset.");
                                    refresh();
                                })
                        .open());
        reset.setId("reset-factor-" + account.id());
        reset.addThemeVariants(ButtonVariant.SMALL);
        return reset;
    }

    private Component actions(AccountDetails account) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (account.status() == AccountStatus.PENDING) {
            Button verify = new Button("Verify", e -> {
                accounts.verify(account.id());
                Forms.success(account.displayName() + " is verified and can now sign in; we emailed them.");
                refresh();
            });
            verify.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            Button refuse = new Button("Refuse", e -> refuseDialog(account).open());
            refuse.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            actions.add(verify, refuse);
        }
        if (admin && account.status() != AccountStatus.CLOSED) {
            Select<Role> role = new Select<>();
            role.setItems(Role.values());
            role.setItemLabelGenerator(Role::label);
            role.setValue(account.role());
            role.setWidth("10em");
            role.setAriaLabel("Role of " + account.displayName());
            role.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != account.role()) {
                    ReasonDialog dialog = new ReasonDialog(
                            "Change role",
                            "Make " + account.displayName() + " " + e.getValue().label() + "?",
                            "Change role",
                            reason -> {
                                accounts.changeRole(account.id(), e.getValue(), reason);
                                Forms.success("Role changed.");
                            });
                    // Cancelled or confirmed, the row shows the role the account really has.
                    dialog.addOpenedChangeListener(opened -> {
                        if (!opened.isOpened()) {
                            refresh();
                        }
                    });
                    dialog.open();
                }
            });
            actions.add(role);
            if (account.status() == AccountStatus.SUSPENDED) {
                Button reactivate = new Button(
                        "Reactivate",
                        e -> new ReasonDialog(
                                        "Reactivate account",
                                        "Allow " + account.displayName() + " to sign in again?",
                                        "Reactivate",
                                        reason -> {
                                            accounts.reactivate(account.id(), reason);
                                            Forms.success(account.displayName() + " can sign in again.");
                                            refresh();
                                        })
                                .open());
                reactivate.addThemeVariants(ButtonVariant.SMALL);
                actions.add(reactivate);
            } else if (account.status() != AccountStatus.REFUSED) {
                Button suspend = new Button(
                        "Suspend",
                        e -> new ReasonDialog(
                                        "Suspend account",
                                        account.displayName()
                                                + " will be signed out and cannot sign in until reactivated.",
                                        "Suspend",
                                        reason -> {
                                            accounts.suspend(account.id(), reason);
                                            Forms.success(account.displayName() + " is suspended.");
                                            refresh();
                                        })
                                .open());
                suspend.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
                actions.add(suspend);
            }
            if (account.status() == AccountStatus.ACTIVE
                    && factors.of(account.id()).enrolled()) {
                actions.add(resetFactorButton(account));
            }
        }
        return actions;
    }
}
