package org.securebase.moderation;

import java.time.Instant;
import org.securebase.threads.FlagReason;

/** A flag as the member who raised it sees it: received, then how it was resolved. */
public record MyFlag(
        long threadId, String threadTitle, boolean onComment, FlagReason reason, Instant at, String outcome) {}
