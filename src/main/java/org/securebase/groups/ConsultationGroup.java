package org.securebase.groups;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** A consultation group. Open groups are visible to every verified member; private ones to members and supervisors. */
@Entity
@Table(name = "consultation_group")
public class ConsultationGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String description;

    private boolean openToAll;
    private Instant createdAt = Instant.now();

    // Batched: deciding which groups a reader may see (GroupAccess.readableGroups, on every search and thread list)
    // reads the lists of all groups, which would otherwise cost one query per group.
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "account_id")
    private Set<Long> memberIds = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "group_supervisor", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "account_id")
    private Set<Long> supervisorIds = new HashSet<>();

    @Version
    private long version;

    private int approvalBelow;

    private boolean noteHidesConsultants;

    private boolean requiresSecondFactor;

    protected ConsultationGroup() {}

    public ConsultationGroup(String name, String description, boolean openToAll) {
        this.name = name;
        this.description = description;
        this.openToAll = openToAll;
    }

    public boolean isMember(long accountId) {
        return memberIds.contains(accountId);
    }

    public boolean isSupervisor(long accountId) {
        return supervisorIds.contains(accountId);
    }

    void describe(String name, String description, boolean openToAll) {
        this.name = name;
        this.description = description;
        this.openToAll = openToAll;
    }

    boolean removeSupervisor(long accountId) {
        return supervisorIds.remove(accountId);
    }

    void replaceMembers(Set<Long> ids) {
        memberIds.clear();
        memberIds.addAll(ids);
    }

    void replaceSupervisors(Set<Long> ids) {
        supervisorIds.clear();
        supervisorIds.addAll(ids);
    }

    /** Members with fewer approved posts than this have every new post reviewed first; 0 turns it off. */
    public int getApprovalBelow() {
        return approvalBelow;
    }

    void requireApprovalBelow(int posts) {
        this.approvalBelow = posts;
    }

    /** The consultation note names consultants by role and credential only, never by name. */
    public boolean isNoteHidesConsultants() {
        return noteHidesConsultants;
    }

    /** Members must sign in with a second factor (an open group: every verified member). */
    public boolean isRequiresSecondFactor() {
        return requiresSecondFactor;
    }

    void requireSecondFactor(boolean require) {
        this.requiresSecondFactor = require;
    }

    void hideConsultantsInNote(boolean hide) {
        this.noteHidesConsultants = hide;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isOpenToAll() {
        return openToAll;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }

    public Set<Long> getSupervisorIds() {
        return Set.copyOf(supervisorIds);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
