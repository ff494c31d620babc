package org.securebase.accounts;

import org.securebase.security.Role;

/**
 * What happens to a registration, published inside the transaction that did it, so that the mail about it (written
 * to the outbox by the mail package's listeners) commits or rolls back with it.
 */
public final class AccountEvents {

    private AccountEvents() {}

    /** A new account signed up; its address is not confirmed yet. */
    public record SignedUp(long accountId, String email) {}

    /**
     * Someone signed up again with the address of an account that is still pending and has not confirmed its
     * address: the address gets a fresh link (the page answers exactly as for a new address).
     */
    public record SignUpRepeated(long accountId, String email) {}

    /** A supervisor or admin verified the registration: the account is active. */
    public record Verified(long accountId, String email) {}

    /** An admin changed the member's role; published inside that transaction. */
    public record RoleChanged(long accountId, Role before, Role after, String reason) {}

    /** A supervisor or admin refused the registration, for this reason. */
    public record Refused(long accountId, String email, String reason) {}

    /**
     * A member asked to move their account to a new address (current password given, mail on): the new address
     * gets a link, the old one a notice. A newer request replaces this one.
     */
    public record EmailChangeRequested(long accountId, String oldEmail, String newEmail) {}

    /** A member asked for their account to be closed; an admin decides. */
    public record ClosureRequested(long accountId, String email) {}

    /** An admin declined a member's request to close their account, for this reason. */
    public record ClosureDeclined(long accountId, String email, String reason) {}

    /**
     * An admin closed the account. Published before the profile is erased, so that the mail about it still has
     * the address; {@code formerName} lets stored texts that name the member be made to say "Former member".
     */
    public record Closed(long accountId, String email, String formerName) {}

    /**
     * The member signed in from a browser that had not signed in to this account before (or not for 180 days):
     * they are told in the app, so that a stranger's sign-in does not go unnoticed.
     */
    public record SignedInFromNewBrowser(long accountId, String browser, String address) {}

    /** An admin reset the member's second factor (a lost phone), for this reason: the member is told. */
    public record SecondFactorReset(long accountId, String email, String reason) {}
}
