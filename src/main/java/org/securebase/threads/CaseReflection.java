package org.securebase.threads;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/** The author's closing reflection on a case consultation, with the optional follow-up date and its reminder. */
@Entity
class CaseReflection {

    @Id
    private Long threadId;

    private String willTry;
    private String notDoing;
    private LocalDate followUpOn;
    private Instant remindedAt;
    private String keptDetails;
    private Instant updatedAt;

    @Version
    private long version;

    protected CaseReflection() {}

    CaseReflection(long threadId) {
        this.threadId = threadId;
    }

    void write(String willTry, String notDoing, LocalDate followUpOn, Set<String> kept, Instant at) {
        this.willTry = willTry;
        this.notDoing = notDoing;
        if (followUpOn == null || !followUpOn.equals(this.followUpOn)) {
            this.remindedAt = null; // a new date earns a new reminder
        }
        this.followUpOn = followUpOn;
        this.keptDetails = kept.isEmpty() ? null : String.join("\n", new TreeSet<>(kept));
        this.updatedAt = at;
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    boolean redact(String text, String with) {
        boolean found = willTry.contains(text) || notDoing.contains(text);
        willTry = willTry.replace(text, with);
        notDoing = notDoing.replace(text, with);
        return found;
    }

    Long getThreadId() {
        return threadId;
    }

    String getWillTry() {
        return willTry;
    }

    String getNotDoing() {
        return notDoing;
    }

    LocalDate getFollowUpOn() {
        return followUpOn;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }

    Set<String> keptDetails() {
        return keptDetails == null ? Set.of() : Set.of(keptDetails.split("\n"));
    }
}
