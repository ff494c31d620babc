package org.securebase.accounts;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.stereotype.Component;

/**
 * The authenticator app's shared secret at rest (ASVS 2.8.x, 6.4.1): AES-256-GCM through Spring Security's
 * {@link Encryptors#stronger} (a key derived from {@code securebase.secrets.key} and the hex
 * {@code securebase.secrets.salt} with PBKDF2, a random 16-byte IV per value), stored as {@value #PREFIX} and hex.
 * A database dump or backup alone then gives no one the codes of staff's phones.
 *
 * <p>The key: set in production ({@code SECUREBASE_SECRETS_KEY}, {@code SECUREBASE_SECRETS_SALT}, the same on every
 * instance; README, Configuration). Under the {@code demo} and {@code test} profiles, when unset, a fixed key for
 * development is used. Anywhere else, when unset, nothing is encrypted and every start logs a loud warning: a key
 * made up at each start would lock every member with an app out at the next restart, and one written in the code
 * would protect nothing. Set later, the next start encrypts the secrets already stored ({@link #encryptPlainSecrets}),
 * and a secret stored plain (by an earlier version) is read as it is until then.
 */
@Component
public class TotpSecrets {

    static final String PREFIX = "{aes-gcm}";
    static final int KEY_MIN = 32;
    private static final String DEV_KEY = "securebase-demo-and-test-only-not-a-secret-key";
    private static final String DEV_SALT = "5ec0deba5e5a17ed";
    private static final Logger log = LoggerFactory.getLogger(TotpSecrets.class);

    private final BytesEncryptor cipher;
    private final NamedParameterJdbcTemplate jdbc;

    TotpSecrets(
            Environment environment,
            NamedParameterJdbcTemplate jdbc,
            @Value("${securebase.secrets.key:}") String key,
            @Value("${securebase.secrets.salt:}") String salt) {
        this.jdbc = jdbc;
        this.cipher = cipher(environment, key, salt);
    }

    static BytesEncryptor cipher(Environment environment, String key, String salt) {
        if (key == null || key.isBlank()) {
            if (environment.acceptsProfiles(Profiles.of("demo | test"))) {
                log.info("securebase.secrets.key is not set: the demo/test key encrypts authenticator secrets");
                return Encryptors.stronger(DEV_KEY, DEV_SALT);
            }
            return null;
        }
        if (key.strip().length() < KEY_MIN) {
            throw new IllegalStateException("securebase.secrets.key must be at least " + KEY_MIN
                    + " characters; generate one with: openssl rand -hex 32");
        }
        if (salt == null || !salt.strip().matches("([0-9a-fA-F]{2}){8,}")) {
            throw new IllegalStateException("securebase.secrets.salt must be set with securebase.secrets.key: at least"
                    + " 16 hexadecimal characters; generate one with: openssl rand -hex 16");
        }
        return Encryptors.stronger(key.strip(), salt.strip());
    }

    /** Whether secrets are encrypted (a key is configured, or the demo/test one is used). */
    public boolean encrypting() {
        return cipher != null;
    }

    /** The value to store for this base32 secret. */
    String seal(String secret) {
        if (cipher == null || secret == null) {
            return secret;
        }
        return PREFIX + HexFormat.of().formatHex(cipher.encrypt(secret.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The base32 secret of a stored value, encrypted or (stored by an earlier version, or without a key) plain. */
    String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        if (cipher == null) {
            throw new IllegalStateException(
                    "An authenticator secret is encrypted, but securebase.secrets.key is not set: set the key it was"
                            + " encrypted with");
        }
        byte[] sealed = HexFormat.of().parseHex(stored.substring(PREFIX.length()));
        return new String(cipher.decrypt(sealed), StandardCharsets.US_ASCII);
    }

    /**
     * At every start: encrypts the secrets still stored plain (by a version before encryption, or while no key was
     * set), each only if it is unchanged meanwhile (another instance may be doing the same); or, without a key,
     * says loudly that they are not encrypted.
     */
    @EventListener(ApplicationStartedEvent.class)
    public int encryptPlainSecrets() {
        List<Map<String, Object>> plain = jdbc.queryForList(
                "select id, totp_secret from account where totp_secret is not null and totp_secret not like :sealed",
                Map.of("sealed", PREFIX + "%"));
        if (cipher == null) {
            Integer sealed = jdbc.queryForObject(
                    "select count(*) from account where totp_secret like :sealed",
                    Map.of("sealed", PREFIX + "%"),
                    Integer.class);
            if (sealed != null && sealed > 0) {
                log.error(
                        "*** securebase.secrets.key is NOT SET, but {} authenticator secrets are encrypted: those"
                                + " members cannot sign in with their app until the key they were encrypted with is set"
                                + " again (README, Configuration). ***",
                        sealed);
            }
            log.warn(
                    "*** securebase.secrets.key is NOT SET: authenticator-app secrets are stored UNENCRYPTED ({} now)."
                            + " Set SECUREBASE_SECRETS_KEY and SECUREBASE_SECRETS_SALT (README, Configuration); the next start"
                            + " encrypts them. ***",
                    plain.size());
            return 0;
        }
        int done = 0;
        for (Map<String, Object> row : plain) {
            String secret = (String) row.get("totp_secret");
            done += jdbc.update(
                    "update account set totp_secret = :sealed where id = :id and totp_secret = :plain",
                    Map.of("sealed", seal(secret), "id", ((Number) row.get("id")).longValue(), "plain", secret));
        }
        if (done > 0) {
            log.info("Encrypted {} authenticator secrets stored before encryption", done);
        }
        return done;
    }
}
