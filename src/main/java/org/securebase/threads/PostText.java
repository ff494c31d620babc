package org.securebase.threads;

import java.util.LinkedHashMap;
import java.util.Map;
import org.securebase.shared.Inputs;
import org.securebase.shared.InvalidInputException;

/** A thread's title, body and question, cleaned and within ThreadService's limits. */
record PostText(String title, String body, String question) {

    static PostText valid(ThreadKind kind, String title, String body, String question) {
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanTitle = Inputs.clean(title);
        if (cleanTitle.isEmpty()) {
            errors.put("title", "Please give the thread a title.");
        } else if (cleanTitle.length() > ThreadService.TITLE_LIMIT) {
            errors.put("title", "Use at most " + ThreadService.TITLE_LIMIT + " characters.");
        } else if (!cleanTitle.matches(Inputs.SINGLE_LINE)) {
            errors.put("title", "Use a single line of text.");
        }
        String cleanBody = body == null ? "" : body.strip();
        if (cleanBody.isEmpty()) {
            errors.put("body", "Please write the post.");
        } else if (cleanBody.length() > ThreadService.POST_LIMIT) {
            errors.put("body", "Use at most " + ThreadService.POST_LIMIT + " characters.");
        }
        String cleanQuestion = Inputs.clean(question);
        if (kind == ThreadKind.CASE_CONSULTATION && cleanQuestion.isEmpty()) {
            errors.put("question", "A case consultation asks colleagues a question.");
        } else if (cleanQuestion.length() > ThreadService.QUESTION_LIMIT) {
            errors.put("question", "Use at most " + ThreadService.QUESTION_LIMIT + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PostText(cleanTitle, cleanBody, cleanQuestion.isEmpty() ? null : cleanQuestion);
    }

    /** The fields of a case consultation the identifier check reads, named as the form names them. */
    Map<String, String> caseFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("body", body);
        fields.put("question", question);
        return fields;
    }
}
