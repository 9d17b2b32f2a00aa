package io.coup.videocall.domain.shared;

import java.util.regex.Pattern;

/** Shape checks shared by the opaque identifiers of the model. */
public final class Ids {

    public static final int MAX_LENGTH = 64;
    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

    private Ids() {
    }

    /** An opaque id issued elsewhere (identity provider, our own generator): non-blank, at most 64 chars. */
    public static String opaque(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return value;
    }

    /** An id that appears in URLs and room names: letters, digits, '_' and '-' only. */
    public static String slug(String field, String value) {
        opaque(field, value);
        if (!SLUG.matcher(value).matches()) {
            throw new InvalidValueException(field, "may contain only letters, digits, '_' and '-'");
        }
        return value;
    }
}
