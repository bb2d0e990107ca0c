package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;

import org.apiguardian.api.API;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;

/** Thrown when a rule pack has problems: every problem found, each with its place in the pack and its reason. */
@API(status = STABLE, since = "0.1")
public final class InvalidRulePackException extends SmartVillageException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for the pack {@code packId} and the given problems, at least one.
     *
     * @param packId   the id of the pack that has the problems, as its document states it
     * @param problems every problem found in the pack, each with its place; not empty
     */
    public InvalidRulePackException(String packId, List<Problem> problems) {
        super("the rule pack '" + packId + "' has " + problems.size() + (problems.size() == 1 ? " problem" : " problems"),
                problems);
    }

    /**
     * Creates the exception for problems found across several packs, at least one.
     *
     * @param problems every problem found, each naming its pack and place; not empty
     */
    public InvalidRulePackException(List<Problem> problems) {
        super("the rule packs have " + problems.size() + (problems.size() == 1 ? " problem" : " problems"), problems);
    }
}
