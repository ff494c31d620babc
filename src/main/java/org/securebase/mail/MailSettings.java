package org.securebase.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail settings (securebase.mail.*). The SMTP server itself is Spring Boot's spring.mail.* (SPRING_MAIL_HOST...);
 * without a host, and without the embedded demo server, mail is off.
 *
 * @param from          the sender address of every mail
 * @param baseUrl       the public address of SecureBase, the start of every link in a mail (SECUREBASE_BASE_URL)
 * @param embedded      run an SMTP server inside the app (GreenMail) and send to it: the demo profile and tests
 * @param embeddedPort  its port (0: any free port)
 * @param delay         how long a notification mail waits; it is not sent if the member reads it in the app meanwhile
 * @param dispatchEvery how often the outbox is read
 * @param maxAttempts   tries before a mail is marked failed
 * @param retryAfter    the wait after the first failure; it doubles with each further failure (at most an hour)
 * @param digestHour    the hour (UTC) after which the daily digest goes out
 * @param scheduler     whether this instance reads the outbox and sends digests on its own (tests drive it by hand)
 */
@ConfigurationProperties("securebase.mail")
public record MailSettings(
        String from,
        String baseUrl,
        boolean embedded,
        int embeddedPort,
        Duration delay,
        Duration dispatchEvery,
        int maxAttempts,
        Duration retryAfter,
        int digestHour,
        boolean scheduler) {

    public MailSettings {
        from = from == null || from.isBlank() ? "SecureBase <no-reply@localhost>" : from;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        delay = delay == null ? Duration.ofMinutes(10) : delay;
        dispatchEvery = dispatchEvery == null ? Duration.ofSeconds(15) : dispatchEvery;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        retryAfter = retryAfter == null ? Duration.ofMinutes(1) : retryAfter;
    }

    /** An absolute link to a page of SecureBase. */
    public String link(String path) {
        String p = path == null ? "" : path.replaceAll("^/+", "");
        return baseUrl + "/" + p;
    }
}
