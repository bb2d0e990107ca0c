package vn.smartvillage.internal.json;

import java.util.ArrayList;
import java.util.List;

import vn.smartvillage.Problem;
import vn.smartvillage.Text;

/**
 * The problems found while reading one document, each at a JSON pointer, collected so that every
 * problem is reported at once. Not thread-safe: one per read.
 */
public final class Diagnostics {

    private record Entry(String pointer, Text reason) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Records a problem at {@code pointer} (empty for the whole document). */
    public void add(String pointer, String vi, String en) {
        entries.add(new Entry(pointer, Text.of(vi, en)));
    }

    /** Records a problem with a ready-made reason. */
    public void add(String pointer, Text reason) {
        entries.add(new Entry(pointer, reason));
    }

    /** Returns {@code true} if nothing was recorded. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Returns how many problems were recorded. */
    public int size() {
        return entries.size();
    }

    /**
     * Returns the problems located as {@code "<prefix> <pointer>"}; the root pointer is written
     * {@code "/"} so that a location is never only a prefix.
     */
    public List<Problem> toProblems(String prefix) {
        return entries.stream()
                .map(e -> new Problem(prefix + " " + (e.pointer().isEmpty() ? "/" : e.pointer()), e.reason()))
                .toList();
    }
}
