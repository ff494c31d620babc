package org.securebase.accounts;

/**
 * One try at a password: the email as typed, the client's address (null outside a web request), and the id of
 * the browser when it proves an earlier successful sign-in to this email (null otherwise; see KnownDevices).
 */
public record SignInAttempt(String email, String address, String device) {

    public SignInAttempt {
        email = Emails.normalise(email);
    }

    public static SignInAttempt of(String email) {
        return new SignInAttempt(email, null, null);
    }
}
