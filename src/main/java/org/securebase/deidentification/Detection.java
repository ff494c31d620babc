package org.securebase.deidentification;

/**
 * One identifying detail found in a text: where it is (Java String indices, end exclusive), what kind, and the
 * placeholder that would replace it.
 */
public record Detection(int start, int end, IdentifierType type, String replacement) {

    public int length() {
        return end - start;
    }

    public String textIn(String text) {
        return text.substring(start, end);
    }
}
