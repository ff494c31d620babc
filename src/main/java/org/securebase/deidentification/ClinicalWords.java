package org.securebase.deidentification;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Safe class "medicine or diagnosis", known by how it is written rather than by a drug list: a capitalised word
 * with a dose after it is a medicine ("Prazosin 2mg", "Lurasidone 40 mg"), and a possessive name after a word of
 * severity or onset is an eponymous diagnosis ("moderate Alzheimer's", "early-onset Parkinson's").
 */
final class ClinicalWords {

    private static final Pattern DOSE_AFTER =
            Pattern.compile("^\\s?\\d+(?:\\.\\d+)?\\s?(?i:mg|mcg|µg|ml|g|units?|iu)\\b");
    private static final Pattern SEVERITY_BEFORE = Pattern.compile("(?i)\\b(?:mild|moderate|severe|advanced|"
            + "early|late|early-onset|late-onset|end-stage|late-stage|suspected|probable|diagnosed with|has|had|with)"
            + "\\s+$");
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s(?:\\s+(?i:disease|dementia|syndrome)\\b"
            + "|(?=[\\s]*[,.;:)!?]|\\s*$|\\s+(?:and|or|on|with|since|for)\\b))");

    private ClinicalWords() {}

    static void excuse(String text, List<Candidate> found) {
        found.removeIf(
                c -> c.type() == IdentifierType.NAME && oneWord(text, c) && (medicine(text, c) || diagnosis(text, c)));
    }

    private static boolean oneWord(String text, Candidate c) {
        String span = text.substring(c.start(), c.end());
        return span.indexOf(' ') < 0 && !span.isEmpty() && Character.isUpperCase(span.charAt(0));
    }

    private static boolean medicine(String text, Candidate c) {
        return DOSE_AFTER
                .matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 12)))
                .lookingAt();
    }

    private static boolean diagnosis(String text, Candidate c) {
        String after = text.substring(c.end(), Math.min(text.length(), c.end() + 20));
        // "moderate Alzheimer's, on donepezil" or "severe Parkinson's disease"; "with Tom's car" owns a thing
        return POSSESSIVE_AFTER.matcher(after).lookingAt()
                && !Gazetteer.get().isFirstName(Deidentifier.lower(text.substring(c.start(), c.end())))
                && SEVERITY_BEFORE
                        .matcher(text.substring(Math.max(0, c.start() - 25), c.start()))
                        .find();
    }
}
