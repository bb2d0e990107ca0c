package org.example.jackson2;

import java.nio.file.Path;

/**
 * The library's first use in a fresh JVM, for {@code FirstUseOutputTest}: prints nothing of its own, so
 * anything on stdout or stderr comes from the library or its dependencies.
 */
public final class FirstUse {

    private FirstUse() {
    }

    /** Runs {@link Jackson2Consumer#run} into the folder {@code args[0]}; a failure ends the JVM with its stack trace. */
    public static void main(String[] args) throws Exception {
        Jackson2Consumer.run(Path.of(args[0]));
    }
}
