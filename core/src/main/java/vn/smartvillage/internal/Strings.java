package vn.smartvillage.internal;

import java.util.Locale;

/**
 * Checks and repairs text at the edges of the library: well-formed UTF-16, and cutting text for messages
 * without splitting a character.
 */
public final class Strings {

    private Strings() {
    }

    /**
     * Returns the one-line summary of an exception's problems, such as {@code "the dataset has 3 problems"}.
     *
     * @param subjectHas the words before the count, such as {@code "the dataset has"}
     * @param count      how many problems, one or more
     * @return the summary, "problem" in the singular for one
     */
    public static String problemsSummary(String subjectHas, int count) {
        return subjectHas + " " + count + (count == 1 ? " problem" : " problems");
    }

    /** Returns the index of the first unpaired surrogate of {@code s}, or -1 when it is well-formed UTF-16. */
    public static int unpairedSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Returns {@code s} with every unpaired surrogate replaced by U+FFFD, so that any writer can encode it. */
    public static String wellFormed(String s) {
        int bad = unpairedSurrogate(s);
        if (bad < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    /** Returns an unpaired surrogate written as {@code \ud800}, for a message. */
    public static String escaped(char surrogate) {
        return String.format(Locale.ROOT, "\\u%04x", (int) surrogate);
    }

    /**
     * Returns {@code s}, or its first {@code max - 3} characters and "…" when it is longer than
     * {@code max} characters, never cutting a surrogate pair in two.
     */
    public static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max - 3;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }

    /**
     * Returns whether {@code c} is a character a reader cannot see but that changes what they see: a
     * control character other than tab and line feed, or a bidirectional formatting character (such as
     * U+202E RIGHT-TO-LEFT OVERRIDE, which makes "txt.exe" read "exe.txt").
     */
    public static boolean isHidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * Returns {@code s} for a terminal or a plain-text file: well-formed, each hidden character (see
     * {@link #isHidden}) written as {@code <U+202E>}, and, unless {@code keepLines}, each line break as a space.
     */
    public static String printable(String s, boolean keepLines) {
        String w = wellFormed(s);
        StringBuilder b = null;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean lineBreak = c == '\n' && !keepLines;
            if (isHidden(c) || lineBreak) {
                if (b == null) {
                    b = new StringBuilder(w.length() + 16).append(w, 0, i);
                }
                b.append(lineBreak ? " " : String.format(Locale.ROOT, "<U+%04X>", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? w : b.toString();
    }
}
