package org.securebase.tags;

/** The groups of the taxonomy, in the order the Themes page shows them. */
public enum TagGroup {
    PATTERN("Attachment pattern", true),
    FEATURE("Bowlby's features", true),
    PROCESS("Relational process", true),
    APPROACH("Approach", false),
    POPULATION("Population", false),
    CLINICIAN("The clinician", false),
    CONTEXT("Context", false);

    private final String label;
    private final boolean attachmentTheme;

    TagGroup(String label, boolean attachmentTheme) {
        this.label = label;
        this.attachmentTheme = attachmentTheme;
    }

    public String label() {
        return label;
    }

    /** Every case consultation carries at least one tag from a group that names an attachment theme. */
    public boolean attachmentTheme() {
        return attachmentTheme;
    }
}
