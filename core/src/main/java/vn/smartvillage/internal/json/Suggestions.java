package vn.smartvillage.internal.json;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" for misspelt field names, metric ids and enum values. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * Returns the candidate closest to {@code word} by edit distance, if it is close enough to be a
     * likely typing error: at most a third of the word's length, and at most 3 edits. Ties go to the
     * candidate that comes first.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Math.min(3, Math.max(1, word.length() / 3)) + 1;
        for (String c : candidates) {
            if (Math.abs(c.length() - word.length()) >= bestDistance) {
                continue;
            }
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns {@code arguments} of a problem with {@code "suggestion"} and the closest candidate added when
     * one is close; a problem with a suggestion ends with "(did you mean 'x'?)" (see {@code Problem.of}).
     */
    public static Object[] suggesting(String word, Collection<String> candidates, Object... arguments) {
        Optional<String> c = closest(word, candidates);
        if (c.isEmpty()) {
            return arguments;
        }
        Object[] out = Arrays.copyOf(arguments, arguments.length + 2);
        out[arguments.length] = "suggestion";
        out[arguments.length + 1] = c.get();
        return out;
    }

    /** Levenshtein distance, with a transposition of two neighbours counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
