package org.securebase.groups;

import java.time.Instant;

/** Who accepted which version of a covenant, and when: for the group's supervisors. */
public record AcceptanceLine(String member, int version, Instant acceptedAt, boolean current) {}
