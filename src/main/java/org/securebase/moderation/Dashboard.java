package org.securebase.moderation;

import java.time.Duration;
import java.util.Map;
import org.securebase.threads.FlagReason;

/**
 * The supervisors' dashboard over their groups: open items by type and age, time to first action over the last
 * 30 days, flags by reason, and risk alerts by outreach status and how many supervisors closed as not a risk.
 */
public record Dashboard(
        Map<QueueKind, long[]> openByAge,
        Duration medianFirstAction,
        Duration p90FirstAction,
        int actedOn,
        Map<FlagReason, Long> flagsByReason,
        long riskAlerts,
        long outreachRecorded,
        long notARisk) {

    public static final String[] AGE_BANDS = {"Under an hour", "1 to 24 hours", "Over a day"};

    /** The share of risk alerts that supervisors closed as not a risk: the detector's false alarms in real use. */
    public double notARiskShare() {
        return riskAlerts == 0 ? 0 : (double) notARisk / riskAlerts;
    }
}
