package org.securebase.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import org.securebase.notifications.NotificationKind;

/** A member's choice for one kind of notification; without a row, the kind's default applies. */
@Entity
@IdClass(MailPreference.Key.class)
public class MailPreference {

    public static class Key implements Serializable {
        private long accountId;
        private NotificationKind kind;

        public Key() {}

        public Key(long accountId, NotificationKind kind) {
            this.accountId = accountId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.accountId == accountId && k.kind == kind;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(accountId, kind);
        }
    }

    @Id
    private long accountId;

    @Id
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailChoice choice;

    protected MailPreference() {}

    MailPreference(long accountId, NotificationKind kind, MailChoice choice) {
        this.accountId = accountId;
        this.kind = kind;
        this.choice = choice;
    }

    void choose(MailChoice choice) {
        this.choice = choice;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public MailChoice getChoice() {
        return choice;
    }
}
