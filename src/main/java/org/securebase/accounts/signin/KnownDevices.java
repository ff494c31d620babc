package org.securebase.accounts.signin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.securebase.accounts.Emails;
import org.securebase.accounts.LoginSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A browser that has signed in to an email before carries a signed cookie saying so. Its sign-ins to that email
 * are limited on their own, not by the email's lock, so a stranger's wrong passwords cannot lock a member out of
 * their own device. The cookie holds a random id, the day it was issued and an HMAC over both and the email.
 */
@Component
public class KnownDevices {

    public static final String COOKIE = "sb-device";
    public static final Duration LIFETIME = Duration.ofDays(180);

    private static final Logger log = LoggerFactory.getLogger(KnownDevices.class);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public KnownDevices(LoginSettings settings, Clock clock) {
        this.clock = clock;
        byte[] secret;
        if (settings.deviceSecret() == null || settings.deviceSecret().isBlank()) {
            secret = new byte[32];
            random.nextBytes(secret);
            log.warn("securebase.login.device-secret is not set: browsers are known only until the next restart");
        } else {
            secret = settings.deviceSecret().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** A new cookie value for a browser that has just signed in to this email. */
    public String issue(String email) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String body = B64.encodeToString(id) + "." + today();
        return body + "." + mac(body, email);
    }

    /** The browser's id when the cookie is genuine, for this email and not too old. */
    public Optional<String> deviceOf(String cookie, String email) {
        if (cookie == null) {
            return Optional.empty();
        }
        String[] parts = cookie.split("\\.");
        if (parts.length != 3 || !parts[1].matches("\\d{1,9}")) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1];
        boolean genuine = MessageDigest.isEqual(
                mac(body, email).getBytes(StandardCharsets.US_ASCII), parts[2].getBytes(StandardCharsets.US_ASCII));
        boolean fresh = today() - Long.parseLong(parts[1]) <= LIFETIME.toDays();
        return genuine && fresh ? Optional.of(parts[0]) : Optional.empty();
    }

    private long today() {
        return clock.instant().getEpochSecond() / 86_400;
    }

    private String mac(String body, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return B64.encodeToString(
                    mac.doFinal((body + "|" + Emails.normalise(email)).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
