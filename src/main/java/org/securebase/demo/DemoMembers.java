package org.securebase.demo;

import java.util.ArrayList;
import java.util.List;
import org.securebase.accounts.AccountRepository;
import org.securebase.accounts.AccountService;
import org.securebase.accounts.SecondFactors;
import org.securebase.accounts.SignUpForm;
import org.securebase.security.Factors;
import org.securebase.security.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's accounts, one of each role and state, with public passwords; and signing in as one of them, so that
 * what the demo writes goes through the same checks as a member's own writing.
 */
@Component
@Profile("demo")
class DemoMembers {

    record DemoAccount(
            String email, String password, String displayName, String fullName, Role role, boolean pending) {}

    static final DemoAccount ADMIN = new DemoAccount(
            "admin@demo.securebase.local",
            "demo-admin-lantern-harbour",
            "Alex (admin)",
            "Alex Morgan",
            Role.ADMIN,
            false);
    static final DemoAccount SUPERVISOR = new DemoAccount(
            "supervisor@demo.securebase.local",
            "demo-supervisor-violet-meadow",
            "Dr. Hale",
            "Miriam Hale",
            Role.SUPERVISOR,
            false);
    static final DemoAccount THERAPIST = new DemoAccount(
            "therapist@demo.securebase.local",
            "demo-therapist-copper-river",
            "Sam O.",
            "Samuel Okafor",
            Role.THERAPIST,
            false);
    static final DemoAccount PENDING = new DemoAccount(
            "pending@demo.securebase.local",
            "demo-pending-quiet-orchard",
            "Jordan L.",
            "Jordan Lee",
            Role.THERAPIST,
            true);

    static final List<DemoAccount> ACCOUNTS = List.of(ADMIN, SUPERVISOR, THERAPIST, PENDING);

    /**
     * The demo's staff are enrolled with this public authenticator key (README): a code comes from
     * {@code oathtool --totp -b DEMOSECUREBASEDEMOSECUREBASEDEMO} or any authenticator app given the key.
     */
    static final String DEMO_TOTP_KEY = "DEMOSECUREBASEDEMOSECUREBASEDEMO";

    private final AccountService accounts;
    private final AccountRepository accountRepository;
    private final UserDetailsService users;
    private final SecondFactors factors;

    DemoMembers(
            AccountService accounts,
            AccountRepository accountRepository,
            UserDetailsService users,
            SecondFactors factors) {
        this.factors = factors;
        this.accounts = accounts;
        this.accountRepository = accountRepository;
        this.users = users;
    }

    /** Whether an earlier start loaded the demo already (the admin is created first). */
    boolean created() {
        return accountRepository.findByEmail(ADMIN.email()).isPresent();
    }

    void create() {
        for (DemoAccount demo : ACCOUNTS) {
            if (demo.pending()) {
                accounts.signUpConfirmed(form(demo)); // so the demo's supervisors see it waiting
            } else {
                long id = accounts.createVerified(form(demo), demo.role());
                if (demo.role() != Role.THERAPIST) {
                    factors.enrolWithKey(id, DEMO_TOTP_KEY);
                }
            }
        }
    }

    long idOf(DemoAccount demo) {
        return accountRepository.findByEmail(demo.email()).orElseThrow().getId();
    }

    /** As if signed in with the password and the second factor: the demo writes through the same services. */
    void signInAs(DemoAccount demo) {
        UserDetails user = users.loadUserByUsername(demo.email());
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(Factors.TOTP));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }

    private static SignUpForm form(DemoAccount demo) {
        SignUpForm form = new SignUpForm();
        form.setEmail(demo.email());
        form.setPassword(demo.password());
        form.setDisplayName(demo.displayName());
        form.setFullName(demo.fullName());
        form.setProfession(demo.role() == Role.ADMIN ? "Administrator" : "Psychotherapist");
        form.setLicenceNumber("DEMO-" + demo.role().name().substring(0, 3) + "-0001");
        form.setLicenceBody("Demo registration board");
        return form;
    }
}
