package org.example.boot;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application as a user would, then uses the library for the first time between two marker
 * lines on stdout, for {@code FirstUseOutputTest}: Boot's own start-up lines come before the first marker;
 * anything between the markers, or anything at all on stderr, comes from the library or its dependencies.
 */
public final class FirstUse {

    /** The line printed just before the library's first use. */
    public static final String BEGIN = "---- smartvillage first use: begin ----";
    /** The line printed just after it. */
    public static final String END = "---- smartvillage first use: end ----";

    private FirstUse() {
    }

    /** Runs the first use into the folder {@code args[0]}; a failure ends the JVM with its stack trace. */
    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = SpringApplication.run(BootConsumerApplication.class)) {
            AssessmentService service = context.getBean(AssessmentService.class);
            System.out.println(BEGIN);
            System.out.flush();
            service.evaluateAndWrite(Path.of(args[0]));
            System.out.flush();
            System.err.flush();
            System.out.println(END);
        }
    }
}
