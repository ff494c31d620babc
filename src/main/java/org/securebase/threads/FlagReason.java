package org.securebase.threads;

public enum FlagReason {
    IDENTIFYING("Identifies a client"),
    RISK("Risk to someone's safety"),
    DISRESPECTFUL("Disrespectful to a colleague"),
    OFF_TOPIC("Off-topic"),
    SPAM("Spam or advertising"),
    OTHER("Something else");

    private final String label;

    FlagReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
