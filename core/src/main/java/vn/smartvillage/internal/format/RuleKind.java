package vn.smartvillage.internal.format;

import java.util.Arrays;

/**
 * The kinds of rule a pack holds, as a document names them: the field of an override that names its
 * subject, and the word for it in messages. Criteria and targets share one namespace of ids;
 * certifications have their own.
 */
enum RuleKind {
    /** A criterion. */
    CRITERION("criterion", "tiêu chí"),
    /** A target. */
    TARGET("target", "chỉ tiêu"),
    /** A certification. */
    CERTIFICATION("certification", "danh hiệu");

    private final String field;
    private final String vi;

    RuleKind(String field, String vi) {
        this.field = field;
        this.vi = vi;
    }

    /** Returns the field that names a rule of this kind, such as {@code "criterion"}; also the English word for it. */
    String field() {
        return field;
    }

    /** Returns the Vietnamese word for a rule of this kind. */
    String vi() {
        return vi;
    }

    /** Returns the kind whose field is {@code field}. */
    static RuleKind ofField(String field) {
        return Arrays.stream(values()).filter(k -> k.field.equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a kind of rule: " + field));
    }
}
