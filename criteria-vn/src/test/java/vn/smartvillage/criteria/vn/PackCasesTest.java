package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.smartvillage.packs.PackTestReport;
import vn.smartvillage.packs.PackTests;
import vn.smartvillage.packs.RulePackRegistry;

/** Every certification case the packs ship passes; each case is one test, named after it. */
class PackCasesTest {

    @TestFactory
    Stream<DynamicTest> everyShippedCasePasses() {
        RulePackRegistry registry = VietnamPacks.registry();
        return registry.entries().stream().flatMap(entry -> {
            PackTestReport report = PackTests.run(entry);
            return report.cases().stream().map(c -> DynamicTest.dynamicTest(entry.pack() + ": " + c.name(),
                    () -> assertThat(c.differences()).as(report.render(false)).isEmpty()));
        });
    }
}
