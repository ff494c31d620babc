package org.securebase.threads;

public enum ThreadKind {
    CASE_CONSULTATION("Case consultation"),
    DISCUSSION("Discussion"),
    REFLECTION_PROMPT("Reflection prompt");

    private final String label;

    ThreadKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
