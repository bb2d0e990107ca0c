package vn.smartvillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.fixtures.Metrics;

/** An evaluation's unit assessments are made when first read and kept: the same object for whoever reads a unit again, on any thread. */
class UnitsKeptTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    private static Assessment assessment(int villages) {
        DatasetBuilder b = Dataset.builder(DAY).province("p", "P").commune("c", "C", "p");
        for (int i = 0; i < villages; i++) {
            String id = "v" + i;
            b.village(id, "Thôn " + i, "c").observe(id, Metrics.RESIDENTS, 20L).observe(id, Metrics.RESIDENTS_WITH_ELECTRONIC_ID, (long) (i % 7));
        }
        return Evaluator.create().evaluate(b.build(), Packs.smartVillage());
    }

    @Test
    void aUnitReadTwiceWhileHeld_isTheSameObject_byIndexAndById() {
        Assessment a = assessment(5);
        // In dataset order: the province, the commune, then v0, v1, v2, v3.
        UnitAssessment first = a.units().get(5);
        assertThat(first.unit().id()).isEqualTo("v3");
        assertThat(a.units().get(5)).isSameAs(first);
        assertThat(a.unit("v3")).containsSame(first);
        assertThat(a.children("c")).element(3).isSameAs(first);
    }

    @Test
    void aUnitMadeOnce_isKeptByTheAssessment_evenWhenNobodyElseHoldsIt() throws InterruptedException {
        // The report writers read every unit several times (the HTML report's passes): a unit made again at each
        // read made the national HTML a quarter slower when units were kept only while held.
        Assessment a = assessment(5);
        WeakReference<UnitAssessment> watch = new WeakReference<>(a.units().get(4));
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(watch.get()).as("the unit made before").isNotNull();
        assertThat(a.units().get(4)).isSameAs(watch.get());
    }

    @Test
    void threadsReadingOneUnitAtOnce_getOneObject() throws Exception {
        for (int round = 0; round < 20; round++) {
            Assessment a = assessment(3);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<UnitAssessment>> reads = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    reads.add(pool.submit(() -> {
                        start.await();
                        return a.units().get(1);
                    }));
                }
                start.countDown();
                UnitAssessment one = reads.get(0).get();
                for (Future<UnitAssessment> f : reads) {
                    assertThat(f.get()).isSameAs(one);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
