package org.securebase.accounts;

import java.util.Locale;

public final class Emails {

    private Emails() {}

    /** Emails are compared without case and surrounding spaces. */
    public static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** An address as a notice to another mailbox shows it: {@code n***@example.org}. */
    public static String mask(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
