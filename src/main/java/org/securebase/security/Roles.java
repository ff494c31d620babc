package org.securebase.security;

/**
 * The role names as Spring Security and {@code @RolesAllowed} read them: constants, because annotations need
 * compile-time values. They are the names of {@link Role}; {@code RolesTest} keeps the two in step.
 */
public final class Roles {

    public static final String THERAPIST = "THERAPIST";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
