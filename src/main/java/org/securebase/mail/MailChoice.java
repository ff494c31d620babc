package org.securebase.mail;

/** How a member hears about one kind of notification. */
public enum MailChoice {
    IN_APP("In the app only"),
    EMAIL("In the app and by email"),
    DIGEST("In the app and in a daily email digest"),
    OFF("Off");

    private final String label;

    MailChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
