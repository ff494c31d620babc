package org.securebase.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

public final class Inputs {

    /** Single-line text: no control characters (line breaks, NUL and the like). */
    public static final String SINGLE_LINE = "[^\\p{Cc}]*";

    private Inputs() {}

    public static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** Runs Bean Validation and throws one exception holding every field's first problem. */
    public static <T> void validate(Validator validator, T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>();
            violations.forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
            throw new InvalidInputException(errors);
        }
    }
}
