package org.securebase.mail;

import java.util.EnumMap;
import java.util.Map;
import org.securebase.notifications.NotificationKind;
import org.securebase.notifications.NotificationPreferences;
import org.securebase.security.AccessPolicy;
import org.securebase.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's choice per kind of notification. Defaults: replies, mentions, review outcomes, warnings and queue
 * items by email (after the delay); flag outcomes and followed tags in the daily digest. Risk alerts cannot be
 * changed: always in the app and by mail at once.
 */
@Service
public class MailPreferences implements NotificationPreferences {

    private final MailPreferenceRepository preferences;
    private final AccessPolicy access;

    public MailPreferences(MailPreferenceRepository preferences, AccessPolicy access) {
        this.preferences = preferences;
        this.access = access;
    }

    public static MailChoice byDefault(NotificationKind kind) {
        return switch (kind) {
            case FLAG_OUTCOME, FOLLOWED_TAG -> MailChoice.DIGEST;
            default -> MailChoice.EMAIL;
        };
    }

    @Transactional(readOnly = true)
    public MailChoice choice(long accountId, NotificationKind kind) {
        if (kind == NotificationKind.RISK_ALERT) {
            return MailChoice.EMAIL;
        }
        return preferences
                .findById(new MailPreference.Key(accountId, kind))
                .map(MailPreference::getChoice)
                .orElse(byDefault(kind));
    }

    @Override
    public boolean wanted(long accountId, NotificationKind kind) {
        return choice(accountId, kind) != MailChoice.OFF;
    }

    @Transactional(readOnly = true)
    public Map<NotificationKind, MailChoice> mine() {
        Actor actor = access.requireSignedIn();
        Map<NotificationKind, MailChoice> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            all.put(kind, choice(actor.id(), kind));
        }
        return all;
    }

    @Transactional
    public void choose(NotificationKind kind, MailChoice choice) {
        Actor actor = access.requireSignedIn();
        choose(actor.id(), kind, choice);
    }

    @Transactional
    public void choose(long accountId, NotificationKind kind, MailChoice choice) {
        if (kind == NotificationKind.RISK_ALERT) {
            throw new IllegalArgumentException("Risk alerts always reach the group's supervisors.");
        }
        preferences
                .findById(new MailPreference.Key(accountId, kind))
                .ifPresentOrElse(
                        p -> p.choose(choice), () -> preferences.save(new MailPreference(accountId, kind, choice)));
    }
}
