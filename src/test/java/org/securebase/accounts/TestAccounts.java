package org.securebase.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.securebase.groups.TestCovenants;
import org.securebase.security.AccountStatus;
import org.securebase.security.Factors;
import org.securebase.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates accounts in any role and state for tests, and signs in as them. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "a long test passphrase for everyone";

    private final AccountService service;
    private final AccountRepository accounts;
    private final UserDetailsService users;
    private final TransactionTemplate tx;
    private final TestCovenants covenants;
    private final TestSecondFactors factors;

    public TestAccounts(
            AccountService service,
            AccountRepository accounts,
            UserDetailsService users,
            TransactionTemplate tx,
            TestCovenants covenants,
            TestSecondFactors factors) {
        this.factors = factors;
        this.covenants = covenants;
        this.service = service;
        this.accounts = accounts;
        this.users = users;
        this.tx = tx;
    }

    /**
     * A display name no earlier run has used (a reused PostgreSQL database keeps the last run's members, and a
     * member may not take a name too close to another's).
     */
    public static String unique(String displayName) {
        return displayName + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    public static SignUpForm form(String displayName) {
        SignUpForm form = new SignUpForm();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        form.setDisplayName(displayName);
        form.setFullName(displayName + " Fullname");
        form.setEmail(displayName.replaceAll("\\W", "").toLowerCase() + "-" + unique + "@example.org");
        form.setPassword(PASSWORD);
        form.setProfession("Psychotherapist");
        form.setLicenceNumber("LIC-" + unique);
        form.setLicenceBody("Test board");
        return form;
    }

    public long create(String displayName, Role role, AccountStatus status) {
        long id = service.createVerified(form(displayName), role);
        if (role != Role.THERAPIST) {
            factors.enrol(id); // staff sign in through the code page with TestSecondFactors.KEY
        }
        if (status != AccountStatus.ACTIVE) {
            tx.executeWithoutResult(t -> accounts.findById(id).orElseThrow().changeStatus(status, "test"));
        }
        return id;
    }

    public long active(String displayName, Role role) {
        return create(displayName, role, AccountStatus.ACTIVE);
    }

    public String emailOf(long id) {
        return accounts.findById(id).orElseThrow().getEmail();
    }

    public Account load(long id) {
        return accounts.findById(id).orElseThrow();
    }

    /**
     * Signs in as a member who has accepted the current covenant of every group (tests not about the covenant
     * need not click "I accept"); {@link #signInWithoutCovenant} leaves that to the test.
     */
    public void signInAs(long id) {
        covenants.acceptAll(id);
        signInWithoutCovenant(id);
    }

    /** As after the password and, for an account that needs one, the second factor. */
    public void signInWithoutCovenant(long id) {
        UserDetails user = users.loadUserByUsername(emailOf(id));
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(Factors.TOTP));
        TestSecurityContextHolder.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }

    /** As after the password alone: a session that still owes the second factor, as the sign-in leaves it. */
    public void signInWithPasswordOnly(long id) {
        UserDetails user = users.loadUserByUsername(emailOf(id));
        List<GrantedAuthority> authorities = user.getAuthorities().stream()
                .filter(a -> !a.getAuthority().startsWith("ROLE_"))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        authorities.add(new SimpleGrantedAuthority(Factors.OWED));
        TestSecurityContextHolder.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }

    public void signOut() {
        TestSecurityContextHolder.clearContext();
    }
}
