package org.securebase.deidentification;

/** A word, number or ampersand of the text, with its offsets and its bare lower-case form. */
record Token(int start, int end, String text, String lower) {

    Token(int start, int end, String text) {
        this(start, end, text, Vocabulary.bare(text));
    }

    boolean capitalised() {
        return Texts.isCapitalised(text);
    }

    boolean lowerCase() {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }

    boolean letters() {
        return text.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’' || c == '-');
    }
}
