package org.securebase.vignettes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.securebase.deidentification.PlaceholderMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each thread's placeholder map, keyed by HMAC-SHA256 of the normalised identifier so the database never
 * holds the identifier itself. The key comes from the drafts secret; without one, a random key per start means a
 * name seen before a restart is not recognised after it (new placeholders still never reuse a taken one).
 */
@Component
class PlaceholderStore {

    private final ThreadPlaceholderRepository placeholders;
    private final SecretKeySpec key;

    PlaceholderStore(ThreadPlaceholderRepository placeholders, @Value("${securebase.drafts.secret:}") String secret) {
        this.placeholders = placeholders;
        byte[] material = secret.isBlank() ? randomKey() : ("placeholders:" + secret).getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(material, "HmacSHA256");
    }

    PlaceholderMap fresh() {
        return withEntries(Map.of());
    }

    PlaceholderMap withEntries(Map<String, String> entries) {
        return new PlaceholderMap(this::keyOf, entries);
    }

    @Transactional(readOnly = true)
    PlaceholderMap load(long threadId) {
        return new PlaceholderMap(
                this::keyOf,
                placeholders.findByThreadId(threadId).stream()
                        .collect(Collectors.toMap(ThreadPlaceholder::identifierKey, ThreadPlaceholder::placeholder)));
    }

    /** Stores the entries the thread does not hold yet (a person's full name and each part of it, say). */
    @Transactional
    void save(long threadId, PlaceholderMap map) {
        Set<String> stored = placeholders.findByThreadId(threadId).stream()
                .map(ThreadPlaceholder::identifierKey)
                .collect(Collectors.toSet());
        map.entries().forEach((identifierKey, placeholder) -> {
            if (!stored.contains(identifierKey)) {
                placeholders.save(new ThreadPlaceholder(threadId, identifierKey, placeholder));
            }
        });
    }

    String keyOf(String normalisedIdentifier) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(normalisedIdentifier.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
