package org.securebase.mail;

/**
 * Every mail SecureBase writes, in one place. Mail leaves the protected system, so these take only structured
 * facts (what happened, who acted as the member may see them, the group's name, a link) and never the text of a
 * post or comment, the title of a thread, or anything typed into a case consultation.
 */
public final class MailTexts {

    static final String SIGNATURE = "\n\n-- \nSecureBase\nThis mail never contains what members wrote; "
            + "open SecureBase to read it.";

    private MailTexts() {
    }

    static MailText passwordReset(String link) {
        return MailText.of("Set a new SecureBase password",
                "Someone, hopefully you, asked to set a new password for your SecureBase account.\n\n"
                        + "Open this link within 30 minutes to choose one (it works once):\n" + link + "\n\n"
                        + "If you did not ask, ignore this mail: your password stays as it is." + SIGNATURE);
    }

    static MailText passwordChanged(String forgotLink) {
        return MailText.of("Your SecureBase password was changed",
                "The password of your SecureBase account was just changed with a reset link, and every other "
                        + "signed-in session of your account was signed out.\n\n"
                        + "If this was not you, ask for a new link at once and tell an administrator:\n"
                        + forgotLink + SIGNATURE);
    }
}
