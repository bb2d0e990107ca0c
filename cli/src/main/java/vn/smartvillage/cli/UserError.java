package vn.smartvillage.cli;

import java.util.Optional;

import vn.smartvillage.SmartVillageException;

/** A mistake in what the user asked, with how to fix it; printed without a stack trace. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fix;
    private final transient SmartVillageException problems;

    UserError(String message, String fix) {
        this(message, fix, null);
    }

    private UserError(String message, String fix, SmartVillageException problems) {
        super(message);
        this.fix = fix;
        this.problems = problems;
    }

    /** The library's located problems, printed as they are, then {@code fix}: how to lift a limit, say. */
    static UserError located(SmartVillageException problems, String fix) {
        return new UserError(problems.getMessage().lines().findFirst().orElse("invalid input"), fix, problems);
    }

    String fix() {
        return fix;
    }

    Optional<SmartVillageException> problems() {
        return Optional.ofNullable(problems);
    }
}
