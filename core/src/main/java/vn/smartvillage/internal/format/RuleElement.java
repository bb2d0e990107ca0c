package vn.smartvillage.internal.format;

import java.util.Arrays;

import vn.smartvillage.Text;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.internal.text.Messages;

/**
 * The kinds of rule a pack holds, as a document names them: the field of an override that names its
 * subject, the word for it in messages (from the message catalog, {@code ruleKind.*}) and the kind of
 * element a location names. Criteria and targets share one namespace of ids; certifications have their own.
 */
enum RuleElement {
    /** A criterion. */
    CRITERION("criterion", Places.Kind.CRITERION),
    /** A target. */
    TARGET("target", Places.Kind.TARGET),
    /** A certification. */
    CERTIFICATION("certification", Places.Kind.CERTIFICATION);

    private final String field;
    private final Places.Kind element;

    RuleElement(String field, Places.Kind element) {
        this.field = field;
        this.element = element;
    }

    /** Returns the field that names a rule of this kind, such as {@code "criterion"}. */
    String field() {
        return field;
    }

    /** Returns the word for a rule of this kind, in Vietnamese and English, such as "tiêu chí" / "criterion". */
    Text label() {
        return Messages.label("ruleKind." + field);
    }

    /** Returns the kind of pack element a location names for a rule of this kind. */
    Places.Kind element() {
        return element;
    }

    /** Returns the kind whose field is {@code field}. */
    static RuleElement ofField(String field) {
        return Arrays.stream(values()).filter(k -> k.field.equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a kind of rule: " + field));
    }
}
