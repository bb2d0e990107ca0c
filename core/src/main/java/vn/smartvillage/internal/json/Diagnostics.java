package vn.smartvillage.internal.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.internal.location.Places;

/**
 * The problems found while reading one document, each at a JSON pointer, collected so that every
 * problem is reported at once. Not thread-safe: one per read.
 */
public final class Diagnostics {

    /** A problem code and its arguments at a pointer. */
    private record Entry(String pointer, String code, Object[] arguments) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * Records the problem {@code code} at {@code pointer} (empty for the whole document), with its
     * arguments as name, value pairs; see {@link Problem#of}.
     */
    public void refuse(String pointer, String code, Object... arguments) {
        // Checked now, so that a wrong code or a missing argument fails where it is made.
        Problem.of(code, Places.rest(), arguments);
        entries.add(new Entry(pointer, code, arguments.clone()));
    }

    /** Records, after what is here, every problem {@code other} recorded, in its order. */
    public void addAll(Diagnostics other) {
        entries.addAll(other.entries);
    }

    /** Returns {@code true} if nothing was recorded. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Returns how many problems were recorded. */
    public int size() {
        return entries.size();
    }

    /** Returns the problems, each at its JSON pointer in {@code document}. */
    public List<Problem> toProblems(Location document) {
        return entries.stream().map(e -> Problem.of(e.code(), Places.pointer(document, e.pointer()), e.arguments())).toList();
    }

    @Override
    public String toString() {
        return entries.stream().map(e -> e.pointer() + " " + e.code() + Arrays.toString(e.arguments())).toList().toString();
    }
}
