package vn.smartvillage.packs.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.data.Dataset;

/**
 * A test case a pack carries to prove its rules: a dataset, a date, and the results expected.
 *
 * @param name         the case's name, shown in reports
 * @param asOf         the date to evaluate on
 * @param dataset      the figures
 * @param expectations what the evaluation must give, at least one
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PackTestCase(String name, LocalDate asOf, Dataset dataset, List<Expectation> expectations) {

    /**
     * Checks the parts and copies the list.
     *
     * @param name         the case's name, shown in reports; not null
     * @param asOf         the date the pack is evaluated on, not null
     * @param dataset      the figures the pack is evaluated against, not null
     * @param expectations the results the evaluation must give: at least one, none null
     * @throws NullPointerException     if a part, or an expectation, is {@code null}
     * @throws IllegalArgumentException if there is no expectation
     */
    public PackTestCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(dataset, "dataset");
        expectations = List.copyOf(expectations);
        if (expectations.isEmpty()) {
            throw new IllegalArgumentException("test case '" + name + "' expects nothing");
        }
    }
}
