package vn.smartvillage;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

/**
 * The root of every exception the library throws for bad input.
 *
 * <p>An instance carries <em>all</em> the problems found in one input, not only the first, so that a
 * person fixing a dataset or a rule pack sees the whole list at once. Each problem names its location
 * and its reason in Vietnamese and English. The exception message is the English list.
 */
@API(status = STABLE, since = "0.1")
public class SmartVillageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Holds the problems; a {@code List.copyOf}, so the exception stays immutable. */
    private final transient List<Problem> problems;

    /**
     * Creates an exception for the given problems.
     *
     * @param summary  a one-line summary, such as "the dataset has 3 problems"
     * @param problems the problems, at least one
     */
    public SmartVillageException(String summary, List<Problem> problems) {
        super(message(summary, problems));
        this.problems = List.copyOf(problems);
        if (this.problems.isEmpty()) {
            throw new IllegalArgumentException("an exception needs at least one problem");
        }
    }

    /** {@return every problem found, in the order they were found; never empty and unmodifiable} */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String summary, List<Problem> problems) {
        Objects.requireNonNull(summary, "summary");
        return summary + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }
}
