package vn.smartvillage.data;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;

import org.apiguardian.api.API;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;

/**
 * Thrown when a dataset has problems: every problem found, each with its unit (and metric, or
 * household) and its reason. No dataset is built, so nothing half-loaded is ever used.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidDatasetException extends SmartVillageException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for the given problems, at least one.
     *
     * @param problems every problem found in the dataset, each with its location; not empty
     */
    public InvalidDatasetException(List<Problem> problems) {
        super("the dataset has " + problems.size() + (problems.size() == 1 ? " problem" : " problems"), problems);
    }
}
