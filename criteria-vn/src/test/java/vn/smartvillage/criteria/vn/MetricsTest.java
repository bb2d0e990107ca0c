package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.smartvillage.metric.Aggregation;
import vn.smartvillage.metric.Metric;

/** Vietnam's metrics: found by id, closed under wholes and sources, and the same as core's test vocabulary. */
class MetricsTest {

    @Test
    void everyWellKnownMetric_isFoundByItsId_andItsWholesAndSourcesAreWellKnownToo() {
        Set<Metric<?>> all = Set.copyOf(Metrics.all());
        assertThat(all).hasSameSizeAs(Metrics.all());
        assertThat(Metrics.all().stream().map(Metric::id).collect(Collectors.toSet())).hasSameSizeAs(all);
        for (Metric<?> m : Metrics.all()) {
            assertThat(Metrics.byId(m.id())).contains(m);
            m.whole().ifPresent(w -> assertThat(all).as("whole of %s", m).contains(w));
            m.aggregation().flatMap(Aggregation::householdMetric).ifPresent(h -> assertThat(all).contains(h));
        }
    }

    @Test
    void theProviderGivesThemAsItsVocabulary_andTheShippedPacksKeepIt() {
        assertThat(new VietnamPacks().vocabulary()).isEqualTo(Metrics.all());
        VietnamPacks.registry().packs().forEach(p -> assertThat(p.vocabulary()).as("%s", p).containsExactlyElementsOf(Metrics.all()));
        assertThat(VietnamPacks.registry().metrics()).startsWith(Metrics.all().toArray(new Metric<?>[0]));
    }

    /**
     * core's tests cannot depend on this module, so they hold a copy of this class
     * ({@code vn.smartvillage.fixtures.Metrics}); it must define the same metrics, word for word.
     */
    @Test
    void coreTestsUseACopyOfTheseMetrics_wordForWord() throws IOException {
        String here = body(Path.of("src/main/java/vn/smartvillage/criteria/vn/Metrics.java"));
        String copy = body(Path.of("../core/src/test/java/vn/smartvillage/fixtures/Metrics.java"));
        assertThat(copy).isEqualTo(here);
    }

    /** The class from its declaration on: the metrics and their javadoc, without the package and class comment. */
    private static String body(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.substring(text.indexOf("public final class Metrics"));
    }
}
