package org.securebase.deidentification;

/** A span some recogniser proposes, before overlapping proposals are merged and placeholders are given. */
record Candidate(int start, int end, IdentifierType type, String hint) {}
