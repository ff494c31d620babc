package org.securebase.security;

/** Who is calling a service, read fresh from the database on every call (a role or suspension applies at once). */
public record Actor(long id, String displayName, Role role, AccountStatus status) {

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }

    public boolean admin() {
        return active() && role == Role.ADMIN;
    }

    /** Admins and supervisors verify new members. */
    public boolean verifier() {
        return active() && (role == Role.ADMIN || role == Role.SUPERVISOR);
    }
}
