package org.securebase.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.securebase.security.AccountStatus;
import org.securebase.security.Actor;
import org.securebase.security.Role;

@Entity
public class Account {

    /** How a closed account is shown wherever its name would be. */
    public static final String FORMER_MEMBER = "Former member";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    /** An address the member asked to move to, until its emailed link is followed or the request cancelled. */
    private String pendingEmail;

    @Column(nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String profession;

    @Column(nullable = false)
    private String licenceNumber;

    @Column(nullable = false)
    private String licenceBody;

    private boolean trainee;
    private String clinicalSupervisor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role = Role.THERAPIST;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status = AccountStatus.PENDING;

    private String statusReason;

    private Instant silencedUntil;
    /** When the password was last reset: sessions that signed in before it end. */
    private Instant credentialsChangedAt;
    /** When the member confirmed their address with the emailed link; null until then. */
    private Instant emailVerifiedAt;

    /**
     * The authenticator app's shared secret, encrypted ({@link TotpSecrets}; plain Base32 only without a key or from
     * before encryption); shown to the member once, at enrolment.
     */
    private String totpSecret;

    private Instant totpEnrolledAt;

    /** The last TOTP time step accepted, so that no code is accepted twice. */
    private Long totpLastStep;

    @Column(nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Account() {}

    public Account(String email, String displayName, String fullName, String passwordHash, Profile profile) {
        this.email = email;
        this.displayName = displayName;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.profession = profile.profession();
        this.licenceNumber = profile.licenceNumber();
        this.licenceBody = profile.licenceBody();
        this.trainee = profile.trainee();
        this.clinicalSupervisor = profile.trainee() ? profile.clinicalSupervisor() : null;
    }

    /** The professional details asked for at sign-up. */
    public record Profile(
            String profession, String licenceNumber, String licenceBody, boolean trainee, String clinicalSupervisor) {}

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    void changeStatus(AccountStatus status, String reason) {
        this.status = status;
        this.statusReason = reason;
    }

    /** Returns false when the address was already confirmed. */
    boolean confirmEmail(Instant at) {
        if (emailVerifiedAt != null) {
            return false;
        }
        emailVerifiedAt = at;
        return true;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Instant getEmailVerifiedAt() {
        return emailVerifiedAt;
    }

    void silenceUntil(Instant until) {
        this.silencedUntil = until;
    }

    public Instant getSilencedUntil() {
        return silencedUntil;
    }

    public boolean isSilenced(Instant now) {
        return silencedUntil != null && silencedUntil.isAfter(now);
    }

    /**
     * Closes the account: the name, email, credentials and professional details are erased (the row stays, so
     * that its posts and comments keep an author, shown as {@link #FORMER_MEMBER}). The email becomes a unique
     * address under the reserved .invalid domain, which no mail can reach; the password hash matches no password.
     */
    void close(Instant at) {
        this.displayName = FORMER_MEMBER;
        this.email = "closed-" + id + "@closed.invalid";
        this.pendingEmail = null;
        this.fullName = FORMER_MEMBER;
        this.passwordHash = "{bcrypt}closed";
        this.profession = "";
        this.licenceNumber = "";
        this.licenceBody = "";
        this.trainee = false;
        this.clinicalSupervisor = null;
        this.silencedUntil = null;
        this.credentialsChangedAt = at;
        removeSecondFactor();
        changeStatus(AccountStatus.CLOSED, null);
    }

    String getTotpSecret() {
        return totpSecret;
    }

    Long getTotpLastStep() {
        return totpLastStep;
    }

    /** Whether the member has an authenticator app enrolled. */
    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    void enrolSecondFactor(String secret, long step, Instant at) {
        this.totpSecret = secret;
        this.totpLastStep = step;
        this.totpEnrolledAt = at;
    }

    void acceptedStep(long step) {
        this.totpLastStep = step;
    }

    void removeSecondFactor() {
        this.totpSecret = null;
        this.totpLastStep = null;
        this.totpEnrolledAt = null;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void changeDisplayName(String displayName) {
        this.displayName = displayName;
    }

    void changeEmail(String email) {
        this.email = email;
        this.pendingEmail = null;
    }

    void requestEmail(String pendingEmail) {
        this.pendingEmail = pendingEmail;
    }

    public String getPendingEmail() {
        return pendingEmail;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void credentialsChanged(Instant at) {
        this.credentialsChangedAt = at;
    }

    public Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getProfession() {
        return profession;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public String getLicenceBody() {
        return licenceBody;
    }

    public boolean isTrainee() {
        return trainee;
    }

    public String getClinicalSupervisor() {
        return clinicalSupervisor;
    }

    public Role getRole() {
        return role;
    }

    /** This account as the access rules see it. */
    public Actor actor() {
        return new Actor(id, displayName, role, status);
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
