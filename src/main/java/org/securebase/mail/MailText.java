package org.securebase.mail;

/** A mail's subject and plain-text body, and the address that changes the member's mail preferences. */
public record MailText(String subject, String body, String unsubscribeUrl) {

    public static MailText of(String subject, String body) {
        return new MailText(subject, body, null);
    }
}
