package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.internal.format.PackWriter;
import vn.smartvillage.fixtures.Metrics;
import vn.smartvillage.rules.EffectivePeriod;
import vn.smartvillage.rules.RulePack;

/**
 * The evaluator's settings and the compiled pack: the rules of the dataset's date by default, one compiled pack for many
 * datasets and threads, the host's executor for a large level, and the pack named by a hash computed once.
 */
class CompiledPackTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);
    private static final RulePack PACK = Packs.smartVillage();

    /** A province, one commune and {@code villages} villages, the {@code i}-th with {@code i % 7} of 20 residents with electronic ID. */
    private static Dataset villages(LocalDate day, int villages) {
        DatasetBuilder b = Dataset.builder(day).province("p", "P").commune("c", "C", "p");
        for (int i = 0; i < villages; i++) {
            String id = "v" + i;
            b.village(id, "Thôn " + i, "c").observe(id, Metrics.RESIDENTS, 20L).observe(id, Metrics.RESIDENTS_WITH_ELECTRONIC_ID, (long) (i % 7))
                    .observe(id, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, i % 3 != 0);
        }
        return b.build();
    }

    @Test
    void evaluateWithoutADate_appliesTheRulesOfTheDatasetsDate() {
        Dataset data = villages(DAY, 3);
        Assessment a = Evaluator.create().evaluate(data, PACK);
        assertThat(a).isEqualTo(Evaluator.create().evaluate(data, PACK, DAY));
        assertThat(a.asOf()).isEqualTo(DAY);
        assertThat(a.dataAsOf()).isEqualTo(DAY);
        // An explicit date stays possible: the figures of one day, the rules of another.
        LocalDate later = LocalDate.of(2025, 3, 1);
        Assessment b = Evaluator.create().evaluate(data, PACK, later);
        assertThat(b.asOf()).isEqualTo(later);
        assertThat(b.dataAsOf()).isEqualTo(DAY);
    }

    @Test
    void anAssessmentCarriesItsPack_andAReferenceWhoseHashIsComputedOnce() {
        CompiledPack compiled = Evaluator.create().compile(PACK);
        Assessment a = compiled.evaluate(villages(DAY, 2));
        Assessment b = compiled.evaluate(villages(DAY, 3));
        assertThat(a.pack()).isSameAs(PACK);
        assertThat(compiled.pack()).isSameAs(PACK);
        assertThat(a.packRef().id()).isEqualTo(PACK.id());
        assertThat(a.packRef().version()).isEqualTo(PACK.version());
        assertThat(a.packRef().contentHash()).isEqualTo("sha256:" + PackWriter.contentHash(PACK));
        // One compiled pack computes the hash once, for itself and every assessment it made.
        assertThat(b.packRef()).isSameAs(a.packRef()).isSameAs(compiled.packRef());
        assertThat(a.packRef()).hasToString(PACK.id() + "@" + PACK.version());
    }

    @Test
    void oneCompiledPack_evaluatesManyDatasets_asAFreshEvaluationWould() {
        CompiledPack compiled = Evaluator.create().compile(PACK);
        for (int n : new int[] {1, 4, 9}) {
            Dataset data = villages(DAY, n);
            assertThat(compiled.evaluate(data)).isEqualTo(Evaluator.create().evaluate(data, PACK, DAY));
        }
        assertThat(compiled).hasToString("CompiledPack[" + PACK + "]");
    }

    @Test
    void oneCompiledPack_sharedByManyThreads_givesEqualAssessments() throws Exception {
        CompiledPack compiled = Evaluator.create().compile(PACK);
        List<Dataset> datasets = IntStream.range(1, 9).mapToObj(n -> villages(DAY, n * 5)).toList();
        List<Assessment> expected = datasets.stream().map(d -> Evaluator.create().evaluate(d, PACK)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Assessment>> futures = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                Dataset d = datasets.get(i % datasets.size());
                futures.add(pool.submit(() -> compiled.evaluate(d)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % datasets.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLargeLevel_isSharedOnTheHostsExecutor_withTheSameResult() {
        Dataset data = villages(DAY, 5_000);
        Assessment sequential = Evaluator.builder().parallelism(1).build().evaluate(data, PACK);
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Evaluator onPool = Evaluator.builder().executor(r -> {
                tasks.incrementAndGet();
                pool.execute(r);
            }).parallelism(4).build();
            assertThat(onPool.parallelism()).isEqualTo(4);
            assertThat(onPool.evaluate(data, PACK)).isEqualTo(sequential);
            // At most parallelism − 1 tasks: the calling thread is the fourth.
            assertThat(tasks.get()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sequential.unit("c").orElseThrow().rollUps()).isNotEmpty();
    }

    @Test
    void parallelismOne_neverUsesTheExecutor_andASmallLevelStaysOnTheCallingThread() {
        Evaluator never = Evaluator.builder().executor(r -> {
            throw new AssertionError("the executor was used");
        }).parallelism(1).build();
        Dataset large = villages(DAY, 3_000);
        assertThat(never.evaluate(large, PACK)).isEqualTo(Evaluator.create().evaluate(large, PACK));
        Evaluator small = Evaluator.builder().executor(r -> {
            throw new AssertionError("the executor was used");
        }).parallelism(8).build();
        Dataset few = villages(DAY, Evaluator.PARALLEL_FROM - 1);
        assertThat(small.evaluate(few, PACK)).isEqualTo(never.evaluate(few, PACK));
    }

    @Test
    void anExecutorThatRefusesOrNeverRuns_leavesTheWorkToTheCallingThread() {
        Dataset data = villages(DAY, 3_000);
        Assessment expected = Evaluator.builder().parallelism(1).build().evaluate(data, PACK);
        Evaluator refusing = Evaluator.builder().executor(r -> {
            throw new RejectedExecutionException("full");
        }).parallelism(4).build();
        assertThat(refusing.evaluate(data, PACK)).isEqualTo(expected);
        // Tasks queued and never run (a saturated pool): the calling thread takes every chunk and does not wait for them.
        List<Runnable> queued = new ArrayList<>();
        Evaluator stalled = Evaluator.builder().executor(queued::add).parallelism(4).build();
        assertThat(stalled.evaluate(data, PACK)).isEqualTo(expected);
        assertThat(queued).hasSize(3);
        // Run late, they find nothing left to do.
        queued.forEach(Runnable::run);
    }

    @Test
    void whatAnActionThrows_onAnotherThread_reachesTheCaller() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Evaluator e = Evaluator.builder().executor(pool).parallelism(3).build();
            List<Integer> units = IntStream.range(0, Evaluator.PARALLEL_FROM * 2).boxed().toList();
            assertThatThrownBy(() -> e.forEach(units, i -> {
                if (i == units.size() - 1) {
                    throw new IllegalStateException("unit " + i);
                }
            })).isInstanceOf(IllegalStateException.class).hasMessage("unit " + (units.size() - 1));
            AtomicInteger seen = new AtomicInteger();
            e.forEach(units, i -> seen.incrementAndGet());
            assertThat(seen.get()).isEqualTo(units.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBuilder_refusesWhatCannotWork() {
        assertThatThrownBy(() -> Evaluator.builder().parallelism(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parallelism");
        assertThatThrownBy(() -> Evaluator.builder().executor(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("executor");
        assertThat(Evaluator.builder().build().parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(Evaluator.create()).isSameAs(Evaluator.create());
    }

    @Test
    void aPackNotYetInForceOnTheDatasetsDate_isRefused() {
        RulePack future = RulePack.builder("later", "1").title("t", "t").effective(EffectivePeriod.startingOn(LocalDate.of(2030, 1, 1)))
                .criterion(Packs.electronicId(vn.smartvillage.rules.Threshold.atLeastPercent("25"))).build();
        assertThatThrownBy(() -> Evaluator.create().compile(future).evaluate(villages(DAY, 1))).isInstanceOf(SmartVillageException.class);
    }
}
