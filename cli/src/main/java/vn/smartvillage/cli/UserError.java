package vn.smartvillage.cli;

/** A mistake in what the user asked, with how to fix it; printed without a stack trace. */
final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fix;

    UserError(String message, String fix) {
        super(message);
        this.fix = fix;
    }

    String fix() {
        return fix;
    }
}
