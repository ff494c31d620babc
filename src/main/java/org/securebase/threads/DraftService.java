package org.securebase.threads;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves what an author is typing so nothing is lost, visible only to them. Drafts may still hold identifying
 * details, so they are stored encrypted (AES-GCM via Spring Security's Encryptors, key from configuration) and
 * deleted when posted or after 14 days.
 */
@Service
public class DraftService {

    public record DraftText(String title, String body) {}

    static final Duration KEEP = Duration.ofDays(14);

    private static final Logger log = LoggerFactory.getLogger(DraftService.class);

    private final DraftRepository drafts;
    private final AccessPolicy access;
    private final Clock clock;
    private final TextEncryptor cipher;

    public DraftService(
            DraftRepository drafts,
            AccessPolicy access,
            Clock clock,
            @Value("${securebase.drafts.secret:}") String secret,
            @Value("${securebase.drafts.salt:5c0e8a7d3f1b2946}") String salt) {
        this.drafts = drafts;
        this.access = access;
        this.clock = clock;
        this.cipher = Encryptors.delux(secret.isBlank() ? randomSecret() : secret, salt);
    }

    /**
     * Without a configured secret, drafts survive only until a restart, and only on this instance: another
     * instance cannot read them, so a member whose instance dies finds nothing there. Safer than a key in the code.
     */
    private static String randomSecret() {
        log.warn("securebase.drafts.secret is not set: drafts can be read only by this instance, until it restarts");
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Transactional
    public void save(String key, String title, String body) {
        Actor actor = access.requireActiveMember();
        Draft draft = drafts.findByAccountIdAndDraftKey(actor.id(), key).orElseGet(() -> new Draft(actor.id(), key));
        draft.update(
                title == null ? null : cipher.encrypt(title),
                cipher.encrypt(body == null ? "" : body),
                clock.instant());
        drafts.save(draft);
    }

    @Transactional(readOnly = true)
    public Optional<DraftText> load(String key) {
        Actor actor = access.requireActiveMember();
        return drafts.findByAccountIdAndDraftKey(actor.id(), key).flatMap(d -> {
            try {
                return Optional.of(new DraftText(
                        d.getTitle() == null ? null : cipher.decrypt(d.getTitle()), cipher.decrypt(d.getBody())));
            } catch (IllegalStateException | IllegalArgumentException unreadable) {
                return Optional.empty(); // written under another key (before a restart without a configured secret)
            }
        });
    }

    @Transactional
    public void discard(String key) {
        Actor actor = access.requireActiveMember();
        drafts.deleteByAccountIdAndDraftKey(actor.id(), key);
    }

    @Scheduled(fixedDelay = 3_600_000)
    // No lockAtLeastFor: the purge is idempotent, and a lock outliving it would skip a direct call made right after.
    @SchedulerLock(name = "draft-purge")
    @Transactional
    public void deleteExpired() {
        drafts.deleteOlderThan(clock.instant().minus(KEEP));
    }
}
