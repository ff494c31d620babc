package org.securebase.security;

public enum AccountStatus {
    /** Signed up, waiting for an admin or supervisor to verify the licence. */
    PENDING("Awaiting verification"),
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    /** A supervisor or admin did not accept the registration; the account cannot sign in. */
    REFUSED("Refused"),
    /** Closed at the member's request: the profile is erased, the content stays as "Former member's". */
    CLOSED("Closed");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
