package org.securebase.mail;

/** What a mail is for; the admin page lists it. */
public enum MailKind {
    PASSWORD_RESET,
    EMAIL_VERIFICATION,
    EMAIL_CHANGE,
    ACCOUNT_DECISION,
    NOTIFICATION,
    DIGEST,
    TEST
}
