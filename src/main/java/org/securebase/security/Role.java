package org.securebase.security;

public enum Role {
    THERAPIST("Therapist"),
    SUPERVISOR("Supervisor"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The badge shown beside a staff member's name wherever it appears; none for therapists. */
    public String badge() {
        return this == THERAPIST ? null : label;
    }
}
