package org.securebase.groups;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member accepted one version of a group's covenant, at a time. Kept for the group's supervisors. */
@Entity
@Table(name = "covenant_acceptance")
class CovenantAcceptance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long groupId;
    private long accountId;
    private int version;
    private Instant acceptedAt = Instant.now();

    protected CovenantAcceptance() {}

    CovenantAcceptance(long groupId, long accountId, int version) {
        this.groupId = groupId;
        this.accountId = accountId;
        this.version = version;
    }

    long getAccountId() {
        return accountId;
    }

    int getVersion() {
        return version;
    }

    Instant getAcceptedAt() {
        return acceptedAt;
    }
}
