package org.securebase.accounts;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.securebase.audit.AuditTrail;
import org.securebase.audit.AuditTrail.Target;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.securebase.security.Factors;
import org.securebase.security.Role;
import org.securebase.security.SessionAuthorities;
import org.securebase.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second factor: an authenticator app's six-digit codes (TOTP, RFC 6238, 30-second steps, SHA-1 as every app
 * expects) through {@code dev.samstevens.totp}, and ten one-time recovery codes. Required for supervisors and admins
 * and for members of a group that requires it; optional for other therapists. Enrolling and giving a code is the
 * one thing a session that owes the factor may do, so these methods take the signed-in account from the session
 * ({@link AccessPolicy#signedInAccountId}) rather than from {@code requireSignedIn}, which refuses such a session.
 *
 * <p>A code is accepted once: the last accepted time step is stored and only later steps count (one step either side
 * of now, for a phone's clock). Wrong codes count towards a per-account limit ({@link LoginAttempts}), kept apart from
 * the email's, which a right password clears. Failures are counted outside any transaction, so the refusal cannot
 * roll the count back.
 */
@Service
public class SecondFactors {

    public static final int RECOVERY_CODES = 10;
    /**
     * How long after giving the factor a session may renew its recovery codes without giving it again (ASVS 2.5:
     * a step that changes a factor asks for a current one).
     */
    public static final Duration RECENT_FACTOR = Duration.ofMinutes(5);

    static final int PERIOD_SECONDS = 30;
    private static final String ISSUER = "SecureBase";
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final AccountRepository accounts;
    private final AccessPolicy access;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SessionAuthorities sessionAuthorities;
    private final ObjectProvider<SecondFactorGroups> groups;
    private final MemberSessions sessions;
    private final PasskeyRecords passkeys;
    private final TotpSecrets secrets;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final SecureRandom random = new SecureRandom();

    SecondFactors(
            AccountRepository accounts,
            AccessPolicy access,
            LoginAttempts attempts,
            PasswordEncoder encoder,
            NamedParameterJdbcTemplate jdbc,
            TransactionTemplate tx,
            Clock clock,
            AuditTrail audit,
            ApplicationEventPublisher events,
            SessionAuthorities sessionAuthorities,
            ObjectProvider<SecondFactorGroups> groups,
            MemberSessions sessions,
            PasskeyRecords passkeys,
            TotpSecrets secrets) {
        this.accounts = accounts;
        this.access = access;
        this.attempts = attempts;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.sessionAuthorities = sessionAuthorities;
        this.groups = groups;
        this.sessions = sessions;
        this.passkeys = passkeys;
        this.secrets = secrets;
    }

    /** A new key, not stored until the member confirms it with a first code; the QR image as a data: URI. */
    public record Enrolment(String secret, String qrImage) {

        /** The key in groups of four, easier to type into an app by hand. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /**
     * Where the signed-in member stands; {@code required}: by their role or a group of theirs, so they may not
     * remove it (a therapist who chose it is asked for it too, but may remove it).
     */
    public record Status(boolean enrolled, boolean required, int recoveryCodesLeft, int passkeys) {

        /** An authenticator app, a passkey, or both. */
        public boolean anyFactor() {
            return enrolled || passkeys > 0;
        }
    }

    /** What an admin sees of a member's second factor. */
    public record MemberFactor(boolean enrolled, boolean required) {}

    /**
     * Whether the account must give a second factor: see {@link org.securebase.security.ActorLookup}. A therapist
     * who chose one (an app or a passkey) is asked for it too.
     */
    static boolean required(Account account, ObjectProvider<SecondFactorGroups> groups, PasskeyRecords passkeys) {
        if (account.getStatus() != org.securebase.security.AccountStatus.ACTIVE) {
            return false;
        }
        return account.getRole() != Role.THERAPIST
                || account.hasSecondFactor()
                || groups.stream().anyMatch(g -> g.anyGroupRequires(account.getId()))
                || passkeys.count(account.getId()) > 0;
    }

    private boolean required(Account account) {
        return required(account, groups, passkeys);
    }

    /** Required whether or not the member chose it: staff, and members of a group that requires it. */
    static boolean mandatory(Account account, ObjectProvider<SecondFactorGroups> groups) {
        return account.getRole() != Role.THERAPIST
                || groups.stream().anyMatch(g -> g.anyGroupRequires(account.getId()));
    }

    private boolean mandatory(Account account) {
        return mandatory(account, groups);
    }

    /**
     * Whether enrolling an app is refused: one is there already, or this session still owes the factor of an
     * account that has a passkey (the password alone must not add a factor beside one it cannot give).
     */
    private boolean mayNotEnrol(Account account) {
        return account.hasSecondFactor() || (access.owesSecondFactor() && passkeys.count(account.getId()) > 0);
    }

    public Status status() {
        Account account = me();
        return new Status(
                account.hasSecondFactor(),
                mandatory(account),
                recoveryCodesLeft(account.getId()),
                passkeys.count(account.getId()));
    }

    /** For the Members page (supervisors and admins). */
    public MemberFactor of(long accountId) {
        access.requireVerifier();
        Account account = AccountRules.existing(accounts, accountId);
        return new MemberFactor(account.hasSecondFactor() || passkeys.count(account.getId()) > 0, required(account));
    }

    public Enrolment startEnrolment() {
        Account account = me();
        if (mayNotEnrol(account)) {
            throw new IllegalStateException("A second factor is already set up; remove it first.");
        }
        String secret = new DefaultSecretGenerator(32).generate();
        return new Enrolment(secret, qrImage(account.getEmail(), secret));
    }

    /**
     * Stores the key once a first code from the app proves it was copied, marks this session as having given the
     * factor, and returns the ten recovery codes: the only time they are shown.
     */
    public List<String> confirmEnrolment(String secret, String code) {
        long id = meId();
        attempts.checkSecondFactorAllowed(id);
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            throw InvalidInputException.of("code", "Start again: this key is not valid.");
        }
        OptionalLong step = matchingStep(secret, code, null);
        if (step.isEmpty()) {
            attempts.secondFactorFailed(id);
            throw wrongCode();
        }
        List<String> recovery = tx.execute(t -> {
            Account account = AccountRules.existing(accounts, id);
            if (mayNotEnrol(account)) {
                throw new IllegalStateException("A second factor is already set up.");
            }
            account.enrolSecondFactor(secrets.seal(secret), step.getAsLong(), clock.instant());
            List<String> fresh = replaceRecoveryCodes(id);
            audit.record(actorOf(account), "account.second-factor-enrolled", target(account), null);
            return fresh;
        });
        attempts.secondFactorSucceeded(id);
        sessionAuthorities.grantFactor(Factors.TOTP);
        return recovery;
    }

    /** Checks a code from the app for this session; a code already accepted once is refused. */
    public void verify(String code) {
        long id = meId();
        attempts.checkSecondFactorAllowed(id);
        Account account = AccountRules.existing(accounts, id);
        if (!account.hasSecondFactor()) {
            throw new IllegalStateException("No second factor is set up for this account.");
        }
        OptionalLong step = matchingStep(secrets.open(account.getTotpSecret()), code, account.getTotpLastStep());
        if (step.isEmpty()) {
            attempts.secondFactorFailed(id);
            throw wrongCode();
        }
        Boolean fresh = tx.execute(t -> {
            // the step is moved on only if no other request accepted this one meanwhile
            int updated = jdbc.update(
                    "update account set totp_last_step = :step where id = :id"
                            + " and (totp_last_step is null or totp_last_step < :step)",
                    Map.of("step", step.getAsLong(), "id", id));
            return updated == 1;
        });
        if (!Boolean.TRUE.equals(fresh)) {
            attempts.secondFactorFailed(id);
            throw wrongCode();
        }
        attempts.secondFactorSucceeded(id);
        sessionAuthorities.grantFactor(Factors.TOTP);
    }

    /** Accepts one unused recovery code in place of a code from the app; it can never be used again. */
    public void useRecoveryCode(String code) {
        long id = meId();
        attempts.checkSecondFactorAllowed(id);
        String typed = normaliseRecovery(code);
        if (typed.length() != 10) {
            attempts.secondFactorFailed(id);
            throw InvalidInputException.of("recovery", "This recovery code is not right, or was used before.");
        }
        List<Map<String, Object>> unused = jdbc.queryForList(
                "select id, code_hash from recovery_code where account_id = :id and used_at is null", Map.of("id", id));
        for (Map<String, Object> row : unused) {
            if (encoder.matches(typed, (String) row.get("code_hash"))) {
                int used = jdbc.update(
                        "update recovery_code set used_at = :at where id = :row and used_at is null",
                        Map.of("at", Timestamp.from(clock.instant()), "row", ((Number) row.get("id")).longValue()));
                if (used == 1) {
                    attempts.secondFactorSucceeded(id);
                    tx.executeWithoutResult(t -> {
                        Account account = AccountRules.existing(accounts, id);
                        audit.record(
                                actorOf(account),
                                "account.recovery-code-used",
                                target(account),
                                recoveryCodesLeft(id) + " left");
                    });
                    sessionAuthorities.grantFactor(Factors.TOTP);
                    return;
                }
            }
        }
        attempts.secondFactorFailed(id);
        throw InvalidInputException.of("recovery", "This recovery code is not right, or was used before.");
    }

    /** Ten fresh recovery codes (the old ones stop working); needs a code from the app. */
    public List<String> newRecoveryCodes(String code) {
        verify(code);
        return renewRecoveryCodes();
    }

    /**
     * Whether this session gave its second factor in the last {@link #RECENT_FACTOR} (at sign-in, or just now to
     * confirm a step), so that renewing the recovery codes asks for nothing more.
     */
    public boolean factorGivenRecently() {
        return access.factorGivenSince(clock.instant().minus(RECENT_FACTOR));
    }

    /**
     * Ten fresh recovery codes without asking for the factor again: only for a session that gave it in the last
     * {@link #RECENT_FACTOR}, with an app's code or with one of its passkeys ({@link Passkeys#finishSignIn} also
     * confirms a step). A member whose only factor is a passkey renews this way, after the passkey prompt.
     */
    public List<String> newRecoveryCodes() {
        if (!factorGivenRecently()) {
            throw new AccessDeniedException("Confirm it is you first: use one of your passkeys or enter the code "
                    + "from your authenticator app.");
        }
        return renewRecoveryCodes();
    }

    private List<String> renewRecoveryCodes() {
        long id = access.requireSignedIn().id();
        return tx.execute(t -> {
            Account account = AccountRules.existing(accounts, id);
            if (!account.hasSecondFactor() && passkeys.count(id) == 0) {
                throw new IllegalStateException("No second factor is set up for this account.");
            }
            List<String> fresh = replaceRecoveryCodes(id);
            audit.record(actorOf(account), "account.recovery-codes-renewed", target(account), null);
            return fresh;
        });
    }

    /**
     * A therapist who chose a second factor removes the app, with a current code. When one is required (staff, or a
     * group that requires it) only while a passkey remains; otherwise only an admin's reset removes it, and the next
     * sign-in enrols again.
     */
    public void remove(String code) {
        Account account = me();
        if (mandatory(account) && passkeys.count(account.getId()) == 0) {
            throw new AccessDeniedException("Your second factor is required; an administrator can reset it.");
        }
        verify(code);
        tx.executeWithoutResult(t -> {
            Account fresh = AccountRules.existing(accounts, account.getId());
            fresh.removeSecondFactor();
            jdbc.update("delete from recovery_code where account_id = :id", Map.of("id", fresh.getId()));
            audit.record(actorOf(fresh), "account.second-factor-removed", target(fresh), null);
        });
    }

    /**
     * An admin resets a member's second factor (a lost phone and no recovery codes left): the authenticator app,
     * the recovery codes and every passkey, with a reason: audited,
     * the member told in the app and by mail, and every session of theirs ended. At their next sign-in they enrol
     * again if it is required.
     */
    public void reset(long accountId, String reason) {
        tx.executeWithoutResult(t -> {
            Actor actor = access.requireAdmin();
            if (actor.id() == accountId) {
                throw new AccessDeniedException("You cannot reset your own second factor; ask another administrator.");
            }
            Account account = AccountRules.existing(accounts, accountId);
            String why = AccountRules.requireReason(reason);
            if (!account.hasSecondFactor() && passkeys.count(accountId) == 0) {
                throw InvalidInputException.of("reason", "This member has no second factor to reset.");
            }
            account.removeSecondFactor();
            jdbc.update("delete from recovery_code where account_id = :id", Map.of("id", accountId));
            passkeys.deleteAll(accountId); // the passkeys go too: the next sign-in enrols afresh
            sessions.endAllBut(accountId, null);
            audit.record(actor, "account.second-factor-reset", target(account), why);
            events.publishEvent(new AccountEvents.SecondFactorReset(accountId, account.getEmail(), why));
        });
    }

    /**
     * Ten recovery codes for an account whose first factor is a passkey (called in the registration's transaction,
     * before the passkey is stored): a lost device then need not wait for an admin. None when the account already
     * had a factor, whose codes stay as they are.
     */
    List<String> recoveryCodesForFirstFactor(Account account) {
        if (account.hasSecondFactor() || passkeys.count(account.getId()) > 0) {
            return List.of();
        }
        return replaceRecoveryCodes(account.getId());
    }

    /** The member removed their last factor (a therapist may): its recovery codes go with it. */
    void dropRecoveryCodes(long accountId) {
        jdbc.update("delete from recovery_code where account_id = :id", Map.of("id", accountId));
    }

    /** The code an app shows for this key at this time step: for tests, the demo and the command line. */
    public static String codeAt(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static long stepAt(Instant instant) {
        return instant.getEpochSecond() / PERIOD_SECONDS;
    }

    /** Enrols an account with a known key, for the demo data and test helpers: no code, no session. */
    public List<String> enrolWithKey(long accountId, String secret) {
        return tx.execute(t -> {
            Account account = AccountRules.existing(accounts, accountId);
            account.enrolSecondFactor(secrets.seal(secret), stepAt(clock.instant()) - 2, clock.instant());
            return replaceRecoveryCodes(accountId);
        });
    }

    private OptionalLong matchingStep(String secret, String code, Long lastStep) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = stepAt(clock.instant());
        for (long step = now - 1; step <= now + 1; step++) {
            if (lastStep != null && step <= lastStep) {
                continue;
            }
            try {
                byte[] expected = codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII);
                if (MessageDigest.isEqual(expected, typed.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException(e);
            }
        }
        return OptionalLong.empty();
    }

    private List<String> replaceRecoveryCodes(long accountId) {
        jdbc.update("delete from recovery_code where account_id = :id", Map.of("id", accountId));
        List<String> shown = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder(10);
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET[random.nextInt(RECOVERY_ALPHABET.length)]);
            }
            jdbc.update(
                    "insert into recovery_code (account_id, code_hash) values (:id, :hash)",
                    Map.of("id", accountId, "hash", encoder.encode(code.toString())));
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return shown;
    }

    private int recoveryCodesLeft(long accountId) {
        Integer left = jdbc.queryForObject(
                "select count(*) from recovery_code where account_id = :id and used_at is null",
                Map.of("id", accountId),
                Integer.class);
        return left == null ? 0 : left;
    }

    private static String normaliseRecovery(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String qrImage(String email, String secret) {
        QrData data = new QrData.Builder()
                .label(email)
                .secret(secret)
                .issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(6)
                .period(PERIOD_SECONDS)
                .build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException wrongCode() {
        return InvalidInputException.of(
                "code", "This code is not right, or was used already. Enter the code your app shows now.");
    }

    private Account me() {
        return AccountRules.existing(accounts, meId());
    }

    private long meId() {
        return access.signedInAccountId().orElseThrow(() -> new AccessDeniedException("Please sign in."));
    }

    private static Actor actorOf(Account account) {
        return account.actor();
    }

    private static Target target(Account account) {
        return Target.account(account.getId(), account.getDisplayName());
    }
}
