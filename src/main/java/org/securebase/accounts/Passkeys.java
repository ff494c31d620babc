package org.securebase.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.security.Factors;
import org.securebase.security.SessionAuthorities;
import org.securebase.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Passkeys (WebAuthn) as a second factor beside the authenticator app: register several, each with a name, list
 * and remove them, and give the factor with one after the password.
 *
 * <p>Why Spring Security's {@link Webauthn4JRelyingPartyOperations} called from here, and not its WebAuthn filters
 * ({@code http.webAuthn()}): those filters sign a member in with the passkey alone and replace the session's
 * authentication with a {@code WebAuthnAuthentication}, while SecureBase asks for the passkey as the second step of
 * a password sign-in, on a session that holds {@code FACTOR_OWED} and no role (see {@code SecondFactorGate}). Their
 * registration endpoint also takes any authenticated session, which would let a session that has only the password
 * add a passkey of its own to an account that already has a factor. Called from a service, the same verification
 * (webauthn4j: challenge, origin, RP id, signature, user presence) runs under this application's rules: the passkey
 * must be one of the signed-in account's, the owed session may register only when the account has no factor yet,
 * failures count towards the second factor's limit, and every step is audited. The browser's half
 * ({@code navigator.credentials.create/get}) runs in the Vaadin view, which hands the JSON to these methods; the
 * options and their challenge stay on the server in a {@link Ceremony} that the view holds, so nothing the browser
 * sends can choose its own challenge.
 */
@Service
public class Passkeys {

    public static final int NAME_MAX = 60;
    private static final Logger log = LoggerFactory.getLogger(Passkeys.class);

    private final AccountRepository accounts;
    private final AccessPolicy access;
    private final LoginAttempts attempts;
    private final PasskeyRecords records;
    private final TransactionTemplate tx;
    private final AuditTrail audit;
    private final SessionAuthorities sessionAuthorities;
    private final ObjectProvider<SecondFactorGroups> groups;
    private final SecondFactors factors;
    private final JdbcPublicKeyCredentialUserEntityRepository userEntities;
    private final UserCredentialRepository credentials;
    private final PublicKeyCredentialRpEntity rp;
    private final Set<String> allowedOrigins;
    private final Map<Set<String>, Webauthn4JRelyingPartyOperations> operations = new ConcurrentHashMap<>();
    private final JsonMapper json =
            JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    Passkeys(
            AccountRepository accounts,
            AccessPolicy access,
            LoginAttempts attempts,
            PasskeyRecords records,
            NamedParameterJdbcTemplate jdbc,
            TransactionTemplate tx,
            AuditTrail audit,
            SessionAuthorities sessionAuthorities,
            ObjectProvider<SecondFactorGroups> groups,
            SecondFactors factors,
            @Value("${securebase.webauthn.rp-id:localhost}") String rpId,
            @Value("${securebase.webauthn.rp-name:SecureBase}") String rpName,
            @Value("${securebase.webauthn.allowed-origins:}") String allowedOrigins) {
        this.accounts = accounts;
        this.access = access;
        this.attempts = attempts;
        this.records = records;
        this.tx = tx;
        this.audit = audit;
        this.sessionAuthorities = sessionAuthorities;
        this.groups = groups;
        this.factors = factors;
        this.userEntities = new JdbcPublicKeyCredentialUserEntityRepository(jdbc.getJdbcOperations());
        this.credentials = new JdbcUserCredentialRepository(jdbc.getJdbcOperations());
        this.rp = PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build();
        this.allowedOrigins = new LinkedHashSet<>(Arrays.stream(allowedOrigins.split(","))
                .map(String::trim)
                .filter(o -> !o.isEmpty())
                .toList());
    }

    /** One of the member's passkeys: its name and dates; {@code lastUsedAt} is the registration until first used. */
    public record Passkey(String id, String name, Instant createdAt, Instant lastUsedAt) {}

    /**
     * A passkey just registered; {@code recoveryCodes}: when it is the account's first factor, ten one-time codes
     * for a lost device, shown this once (else empty).
     */
    public record Registered(Passkey passkey, List<String> recoveryCodes) {}

    /**
     * A registration or sign-in under way: the options (with their one-time challenge) stay here, on the server,
     * for the view to hand back with the browser's answer; {@link #json()} is what the browser is given.
     */
    public static final class Ceremony {
        private final long accountId;
        private final Object options;
        private final String json;

        private Ceremony(long accountId, Object options, String json) {
            this.accountId = accountId;
            this.options = options;
            this.json = json;
        }

        /** The options as the browser's {@code PublicKeyCredential.parse…OptionsFromJSON} reads them. */
        public String json() {
            return json;
        }
    }

    /** The signed-in member's passkeys, oldest first. */
    public List<Passkey> mine() {
        long id = access.requireSignedIn().id();
        return records.of(id).stream()
                .map(r -> new Passkey(r.credentialId(), r.name(), r.createdAt(), r.lastUsedAt()))
                .toList();
    }

    /**
     * Starts registering a passkey. A session that has given its factor may add one at any time; a session that
     * still owes it (the first sign-in of staff) only while the account has no factor at all, as for the app.
     */
    public Ceremony startRegistration() {
        Account account = me();
        requireMayRegister(account);
        String handle =
                tx.execute(t -> records.ensureHandle(account.getId(), account.getEmail(), account.getDisplayName()));
        PublicKeyCredentialCreationOptions options;
        try {
            options = operations()
                    .createPublicKeyCredentialCreationOptions(
                            new ImmutablePublicKeyCredentialCreationOptionsRequest(asUser(account)));
        } catch (RuntimeException e) {
            throw InvalidInputException.of("passkey", "A passkey cannot be set up just now. Please try again.");
        }
        if (!handle.equals(options.getUser().getId().toBase64UrlString())) {
            throw new IllegalStateException("The passkey user handle does not match the account");
        }
        return new Ceremony(account.getId(), options, write(options));
    }

    /**
     * Verifies the browser's new credential (webauthn4j checks the challenge, origin, RP id and user presence) and
     * stores it under the name the member gave; the session then counts as having given the factor.
     */
    public Registered finishRegistration(Ceremony ceremony, String credentialJson, String name) {
        Account account = me();
        requireOwn(ceremony, account);
        requireMayRegister(account);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > NAME_MAX) {
            throw InvalidInputException.of(
                    "name", "Give this passkey a name of up to " + NAME_MAX + " characters, such as \"Work laptop\".");
        }
        if (!(ceremony.options instanceof PublicKeyCredentialCreationOptions options)) {
            throw new IllegalArgumentException("Not a registration");
        }
        PublicKeyCredential<AuthenticatorAttestationResponse> credential =
                read(credentialJson, AuthenticatorAttestationResponse.class);
        Registered registered;
        try {
            registered = tx.execute(t -> {
                List<String> recovery =
                        factors.recoveryCodesForFirstFactor(AccountRules.existing(accounts, account.getId()));
                CredentialRecord record = operations()
                        .registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                                options, new RelyingPartyPublicKey(credential, label)));
                audit.record(account.actor(), "account.passkey-registered", target(account), label);
                return new Registered(
                        new Passkey(
                                record.getCredentialId().toBase64UrlString(),
                                label,
                                record.getCreated(),
                                record.getLastUsed()),
                        recovery);
            });
        } catch (RuntimeException e) {
            log.info("Passkey registration refused for account {}: {}", account.getId(), e.toString());
            throw InvalidInputException.of(
                    "passkey", "This passkey could not be registered. Please try again, or use another one.");
        }
        sessionAuthorities.grantFactor(Factors.WEBAUTHN);
        return registered;
    }

    /** Starts a passkey sign-in for the signed-in account (the step after the password): its passkeys only. */
    public Ceremony startSignIn() {
        Account account = me();
        attempts.checkSecondFactorAllowed(account.getId());
        if (records.count(account.getId()) == 0) {
            throw InvalidInputException.of("passkey", "No passkey is registered for this account.");
        }
        PublicKeyCredentialRequestOptions options = operations()
                .createCredentialRequestOptions(new ImmutablePublicKeyCredentialRequestOptionsRequest(asUser(account)));
        return new Ceremony(account.getId(), options, write(options));
    }

    /**
     * Checks the browser's assertion: the passkey must be one of this account's and its signature over this
     * ceremony's challenge right. Wrong answers count towards the second factor's limit, outside any transaction.
     */
    public void finishSignIn(Ceremony ceremony, String assertionJson) {
        long id = meId();
        Account account = AccountRules.existing(accounts, id);
        requireOwn(ceremony, account);
        attempts.checkSecondFactorAllowed(id);
        if (!(ceremony.options instanceof PublicKeyCredentialRequestOptions options)) {
            throw new IllegalArgumentException("Not a sign-in");
        }
        PublicKeyCredential<AuthenticatorAssertionResponse> assertion;
        try {
            assertion = read(assertionJson, AuthenticatorAssertionResponse.class);
        } catch (InvalidInputException e) {
            attempts.secondFactorFailed(id);
            throw e;
        }
        String credentialId = assertion.getRawId().toBase64UrlString();
        if (!records.belongsTo(credentialId, id)) {
            attempts.secondFactorFailed(id);
            throw InvalidInputException.of(
                    "passkey",
                    "This passkey is not registered for your SecureBase account. Choose another passkey, or use "
                            + "your authenticator app.");
        }
        PublicKeyCredentialUserEntity user;
        try {
            user = operations().authenticate(new RelyingPartyAuthenticationRequest(options, assertion));
        } catch (RuntimeException e) {
            log.info("Passkey sign-in refused for account {}: {}", id, e.toString());
            attempts.secondFactorFailed(id);
            throw InvalidInputException.of("passkey", "This passkey could not be verified. Please try again.");
        }
        if (!records.handle(id)
                .map(h -> h.equals(user.getId().toBase64UrlString()))
                .orElse(false)) {
            attempts.secondFactorFailed(id);
            throw new AccessDeniedException("This passkey belongs to another account.");
        }
        attempts.secondFactorSucceeded(id);
        String name = records.nameOf(credentialId).orElse("");
        tx.executeWithoutResult(t -> audit.record(account.actor(), "account.passkey-used", target(account), name));
        sessionAuthorities.grantFactor(Factors.WEBAUTHN);
    }

    /**
     * Removes one of the member's passkeys. Staff, and members of a group that requires a second factor, may not
     * remove their last one: an authenticator app or another passkey must remain (an admin's reset removes all).
     */
    public void remove(String passkeyId) {
        Actor actor = access.requireSignedIn();
        tx.executeWithoutResult(t -> {
            Account account = AccountRules.existing(accounts, actor.id());
            if (passkeyId == null || !records.belongsTo(passkeyId, account.getId())) {
                throw new AccessDeniedException("This passkey is not one of yours.");
            }
            boolean last = !account.hasSecondFactor() && records.count(account.getId()) <= 1;
            if (last && SecondFactors.mandatory(account, groups)) {
                throw new AccessDeniedException("This is your last second factor, and your role or one of your "
                        + "groups requires one. Add another passkey or an authenticator app first.");
            }
            String name = records.nameOf(passkeyId).orElse("");
            records.delete(passkeyId);
            if (last) {
                factors.dropRecoveryCodes(account.getId()); // no factor left for them to stand in for
            }
            audit.record(account.actor(), "account.passkey-removed", target(account), name);
        });
    }

    private void requireMayRegister(Account account) {
        if (access.owesSecondFactor() && (account.hasSecondFactor() || records.count(account.getId()) > 0)) {
            throw new AccessDeniedException(
                    "Give your second factor first; then you can add a passkey from your profile.");
        }
    }

    private static void requireOwn(Ceremony ceremony, Account account) {
        if (ceremony == null || ceremony.accountId != account.getId()) {
            throw new AccessDeniedException("This passkey request was started for another account.");
        }
    }

    /** Who the passkey is for, as Spring Security's operations ask: the account under its WebAuthn user name. */
    private static Authentication asUser(Account account) {
        return UsernamePasswordAuthenticationToken.authenticated(account.getEmail(), null, List.of());
    }

    private <R extends org.springframework.security.web.webauthn.api.AuthenticatorResponse> PublicKeyCredential<R> read(
            String body, Class<R> response) {
        try {
            JavaType type = json.getTypeFactory().constructParametricType(PublicKeyCredential.class, response);
            PublicKeyCredential<R> credential = json.readValue(body, type);
            if (credential == null || credential.getRawId() == null || credential.getResponse() == null) {
                throw new IllegalArgumentException("empty");
            }
            return credential;
        } catch (RuntimeException e) {
            log.info("A passkey answer could not be read: {}", e.toString());
            throw InvalidInputException.of("passkey", "Your browser's answer could not be read. Please try again.");
        }
    }

    private String write(Object options) {
        return json.writeValueAsString(options);
    }

    /**
     * Spring Security's relying-party operations for the origins this request may come from: those configured
     * ({@code securebase.webauthn.allowed-origins}); or, when none are and the RP id is {@code localhost} (development
     * and the tests, on any port), the origin of this request if its host is localhost.
     */
    private Webauthn4JRelyingPartyOperations operations() {
        Set<String> origins = allowedOrigins.isEmpty() ? localOrigin() : allowedOrigins;
        return operations.computeIfAbsent(origins, o -> {
            Webauthn4JRelyingPartyOperations ops =
                    new Webauthn4JRelyingPartyOperations(userEntities, credentials, rp, o);
            // A second factor: a security key that cannot store resident credentials will do too.
            ops.setCustomizeCreationOptions(c -> c.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                    .residentKey(ResidentKeyRequirement.PREFERRED)
                    .userVerification(UserVerificationRequirement.PREFERRED)
                    .build()));
            return ops;
        });
    }

    private Set<String> localOrigin() {
        if ("localhost".equals(rp.getId())
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String host = request.getServerName().toLowerCase(Locale.ROOT);
            if (host.equals("localhost")) {
                String scheme = request.getScheme();
                int port = request.getServerPort();
                boolean usual = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
                return Set.of(scheme + "://localhost" + (usual ? "" : ":" + port));
            }
        }
        return Set.of("http://localhost:8080");
    }

    private Account me() {
        return AccountRules.existing(accounts, meId());
    }

    private long meId() {
        return access.signedInAccountId().orElseThrow(() -> new AccessDeniedException("Please sign in."));
    }

    private static Target target(Account account) {
        return Target.account(account.getId(), account.getDisplayName());
    }
}
