package org.securebase.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a group's covenant; the highest version is the current one. Versions are never changed. */
@Entity
@Table(name = "group_covenant")
class GroupCovenant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long groupId;
    private int version;

    @Column(nullable = false, length = 8000)
    private String body;

    private Long writtenBy;
    private Instant writtenAt = Instant.now();

    protected GroupCovenant() {}

    GroupCovenant(long groupId, int version, String body, Long writtenBy) {
        this.groupId = groupId;
        this.version = version;
        this.body = body;
        this.writtenBy = writtenBy;
    }

    int getVersion() {
        return version;
    }

    String getBody() {
        return body;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }
}
