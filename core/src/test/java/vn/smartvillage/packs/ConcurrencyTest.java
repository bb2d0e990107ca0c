package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.report.ReportFormat;
import vn.smartvillage.report.ReportText;
import vn.smartvillage.rules.RulePack;

/**
 * Many threads at once: discovering providers and building registries, and evaluating one shared pack
 * and dataset, give identical results. Each thread waits at a barrier so that they really overlap.
 */
class ConcurrencyTest {

    private static final int THREADS = 16;

    private static <T> List<T> together(Callable<T> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registriesBuiltAtOnce_fromDiscoveredProvidersAndText_areTheSame() throws Exception {
        String child = "{ \"format\": 1, \"id\": \"test.child\", \"version\": \"1\", \"title\": { \"vi\": \"c\", \"en\": \"c\" },"
                + " \"effective\": { \"from\": \"2024-01-01\" }, \"extends\": \"test.national\" }";
        List<RulePackRegistry> registries = together(() -> RulePackRegistry.builder().vocabulary(Metrics.all()).discover()
                .add(PackSource.text("child.json", child)).build());
        RulePackRegistry first = registries.get(0);
        assertThat(first.packs()).isNotEmpty();
        for (RulePackRegistry r : registries) {
            assertThat(r.ids()).isEqualTo(first.ids());
            assertThat(r.packs()).isEqualTo(first.packs());
            assertThat(r.packs().stream().map(RulePackJson::contentHash).toList())
                    .isEqualTo(first.packs().stream().map(RulePackJson::contentHash).toList());
        }
    }

    @Test
    void onePackAndOneDataset_sharedByManyThreads_giveByteForByteTheSameReport() throws Exception {
        RulePackRegistry registry = RulePackRegistry.builder().vocabulary(Metrics.all()).addDirectory(RulePackRegistryTest.family()).build();
        LocalDate day = LocalDate.of(2024, 6, 30);
        RulePack pack = registry.resolve("test.national", day);
        Dataset data = DatasetJson.read(java.nio.file.Path.of("src/test/resources/report/sample.json"),
                registry.metrics(), vn.smartvillage.ReadLimits.DEFAULTS);
        String expected = ReportText.json(Evaluator.create().evaluate(data, pack, day));
        List<String> reports = together(() -> {
            Assessment a = Evaluator.create().evaluate(data, pack, day);
            return ReportText.json(a);
        });
        assertThat(reports).hasSize(THREADS).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
}
