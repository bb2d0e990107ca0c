package org.example.boot;

import java.nio.file.Path;
import java.time.LocalDate;

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
    /** The line printed before an evaluation the library warns about, whose warning Boot's logging shows. */
    public static final String STALE = "---- smartvillage stale pack ----";

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
            System.out.println(STALE);
            System.out.flush();
            var data = vn.smartvillage.criteria.vn.SampleData.read(vn.smartvillage.criteria.vn.SampleData.Sample.NGHE_AN_VILLAGE);
            var pack = vn.smartvillage.criteria.vn.VietnamPacks.registry().resolve(vn.smartvillage.criteria.vn.VietnamPacks.NGHE_AN, data.asOf());
            vn.smartvillage.evaluation.Evaluator.create().evaluate(data, pack, LocalDate.of(2027, 1, 1));
            System.out.flush();
        }
    }
}
