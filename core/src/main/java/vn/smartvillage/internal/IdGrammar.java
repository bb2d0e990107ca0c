package vn.smartvillage.internal;

import java.util.regex.Pattern;

/**
 * The one grammar of the ids of rule packs and their parts: lower-case ASCII letters, digits and
 * {@code . _ -}, starting with a letter or digit. Metrics, packs, criteria, certifications and targets,
 * the pack format and its JSON Schema all check ids against it; only the length differs.
 */
public enum IdGrammar {
    /** Ids of packs, criteria, certifications and targets: 1 to 100 characters. */
    RULE(100),
    /** Ids of metrics: 1 to 80 characters. */
    METRIC(80);

    private final int maxLength;
    private final Pattern pattern;

    IdGrammar(int maxLength) {
        this.maxLength = maxLength;
        this.pattern = Pattern.compile(regex(maxLength));
    }

    private static String regex(int maxLength) {
        return "[a-z0-9][a-z0-9._-]{0," + (maxLength - 1) + "}";
    }

    /** Returns the most characters an id has. */
    public int maxLength() {
        return maxLength;
    }

    /** Returns the grammar as a regular expression that a whole id must match, such as {@code [a-z0-9][a-z0-9._-]{0,99}}. */
    public String regex() {
        return pattern.pattern();
    }

    /** Returns whether {@code id} is an id of this kind. */
    public boolean matches(String id) {
        return pattern.matcher(id).matches();
    }
}
