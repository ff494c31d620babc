package org.securebase.threads;

import java.time.Instant;
import java.util.List;

/** The "I may know this client" signals on a thread, for its group's supervisors: how many, who, and their notes. */
public record RecusalView(int count, List<Line> lines) {

    public record Line(String member, String note, Instant at) {}
}
