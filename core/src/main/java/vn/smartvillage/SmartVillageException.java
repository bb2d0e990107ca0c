package vn.smartvillage;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apiguardian.api.API;

/**
 * The exception the library throws when what it is given cannot be used: a dataset, a rule pack, a pack's
 * test cases, a JSON report read back, a report format's name, or a pack asked for on a date it is not in
 * force. It is the only one a loader lets out.
 *
 * <p>An instance carries <em>all</em> the problems found in one input, not only the first, so that a
 * person fixing a dataset or a rule pack sees the whole list at once. Each problem names its location
 * and its reason in Vietnamese and English, and its {@linkplain Problem#code() code} says what was wrong:
 * {@code dataset.…}, {@code csv.…} and {@code datasetJson.…} are a dataset's; {@code pack.…},
 * {@code packFile.…}, {@code packTest.…} and {@code registry.…} a rule pack's; {@code report.…} a report's;
 * {@code evaluation.…} an evaluation's; {@code syntax.…}, {@code json.…}, {@code file.…} and
 * {@code threshold.…} can be any document's (docs/problems.md lists them all). Which input it was is
 * the call that threw, and the exception's message, a one-line summary such as "the dataset has 3
 * problems" or "the rule pack 'x' has 1 problem" followed by the English list.
 *
 * <pre>{@code
 * try {
 *     Dataset data = DatasetJson.read(file, registry.metrics());
 * } catch (SmartVillageException e) {
 *     e.problems().forEach(p -> System.err.println(p.location().text().vi() + ": " + p.reason().vi()));
 * }
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class SmartVillageException extends RuntimeException {

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
