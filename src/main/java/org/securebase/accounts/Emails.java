package org.securebase.accounts;

import java.util.Locale;

public final class Emails {

    private Emails() {}

    /** Emails are compared without case and surrounding spaces. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
