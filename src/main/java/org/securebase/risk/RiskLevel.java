package org.securebase.risk;

public enum RiskLevel {
    /** The writer's own suicidal thinking, intent, plan or hopelessness about living. */
    SELF,
    /** The writer reports a present, imminent danger to a client or another person. */
    URGENT,
    NONE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
