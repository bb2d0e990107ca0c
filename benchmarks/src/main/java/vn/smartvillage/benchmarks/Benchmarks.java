package vn.smartvillage.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.smartvillage.ReadLimits;
import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CompiledPack;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;
import vn.smartvillage.report.GapPlan;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.RulePack;

/**
 * The library beside the hand-written {@link Baseline}, on the same synthetic country, in one JMH run:
 * full evaluation over household records, the same over village totals, and loading one province's
 * dataset from JSON. The setup checks that library and baseline agree on every verdict.
 *
 * <pre>
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar -p scale=QUICK,QUICK_2X,NATIONAL
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms16g", "-Xmx16g"})
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
public class Benchmarks {

    /** The day the benchmark evaluates on. */
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    static final long SEED = 20_251_231L;

    /** How big a country. */
    @Param({"QUICK"})
    public NationalData.Scale scale;

    NationalData data;
    NationalData.VillageTotals villageTotals;
    Dataset households;
    Dataset totals;
    RulePack pack;
    /** The pack compiled once, as a host keeps it, on the default evaluator (all cores) and on one thread. */
    CompiledPack compiled;
    CompiledPack compiledSerial;
    JexlRules jexl;
    /** One province (1,878 villages at NATIONAL scale) with village totals, for the gap planner's what-if loop. */
    Dataset province;
    List<String> provinceVillages;
    byte[] provinceJson;
    /** The assessment of the village totals, and the same totals with one village's residents with electronic ID changed. */
    Assessment totalsAssessment;
    Dataset totalsChanged;
    String changedVillage;

    /** Returns the benchmark pack: the provincial fixture resolved over the national one. */
    static RulePack pack() {
        return RulePackRegistry.builder().vocabulary(Metrics.all())
                .add(PackSource.resource("/packs/bench-national.json", Benchmarks.class::getResourceAsStream))
                .add(PackSource.resource("/packs/bench-province.json", Benchmarks.class::getResourceAsStream))
                .build().resolve("bench.province", AS_OF);
    }

    /** Makes the country, both datasets and the pack, and checks that library and baseline agree. */
    @Setup(Level.Trial)
    public void setUp() {
        data = NationalData.generate(scale, SEED);
        villageTotals = NationalData.VillageTotals.of(data);
        households = data.households();
        totals = data.totals();
        pack = pack();
        compiled = Evaluator.create().compile(pack);
        compiledSerial = Evaluator.builder().parallelism(1).build().compile(pack);
        jexl = new JexlRules();
        Baseline.Verdicts expected = Baseline.fromHouseholds(data);
        Agreement.check(data, libraryHouseholds(), expected);
        Agreement.check(data, libraryHouseholdsSerial(), expected);
        Agreement.check(data, libraryTotals(), Baseline.fromTotals(data, villageTotals));
        Agreement.same(expected, jexlTotals(), "JEXL");
        province = data.totals(0);
        // The village in the middle of the country gets every resident an electronic ID.
        int v = data.villages / 2;
        changedVillage = NationalData.village(v);
        totalsAssessment = compiled.evaluate(totals, AS_OF);
        totalsChanged = data.totalsWithChange(v, villageTotals.residents[v]);
        Assessment again = reevaluateVillage();
        if (!again.unit(changedVillage).orElseThrow().equals(compiled.evaluate(totalsChanged, AS_OF).unit(changedVillage).orElseThrow())
                || !again.units().get(again.units().size() - 1).equals(compiled.evaluate(totalsChanged, AS_OF).units()
                        .get(again.units().size() - 1))) {
            throw new IllegalStateException("re-evaluating one village does not give what a whole evaluation gives");
        }
        provinceVillages = province.units().stream().filter(u -> u.level() == AdminLevel.VILLAGE).map(Unit::id).toList();
        provinceJson = DatasetJson.write(data.totals(0)).getBytes(StandardCharsets.UTF_8);
        // Building the datasets leaves gigabytes of garbage; collect it before measuring, not during.
        System.gc();
    }

    /** (1) Full evaluation over the household records, with roll-ups to provinces. */
    @Benchmark
    public Assessment libraryHouseholds() {
        return compiled.evaluate(households, AS_OF);
    }

    /** (1) The same on the calling thread alone, as a rule engine runs. */
    @Benchmark
    public Assessment libraryHouseholdsSerial() {
        return compiledSerial.evaluate(households, AS_OF);
    }

    /** (1) The same work by hand over primitive arrays. */
    @Benchmark
    public Baseline.Verdicts baselineHouseholds() {
        return Baseline.fromHouseholds(data);
    }

    /** (2) Full evaluation over village totals only. */
    @Benchmark
    public Assessment libraryTotals() {
        return compiled.evaluate(totals, AS_OF);
    }

    /** (2) The same work by hand over primitive arrays. */
    @Benchmark
    public Baseline.Verdicts baselineTotals() {
        return Baseline.fromTotals(data, villageTotals);
    }

    /** (1, 2) A general rule engine (JEXL) fed the village totals, one thread: the aggregation is done for it. */
    @Benchmark
    public Baseline.Verdicts jexlTotals() {
        return jexl.evaluate(data, villageTotals);
    }

    /**
     * (5) The gap planner's what-if loop: evaluate one province and plan the least changes that would make
     * each of its villages a smart village. Returns the total of the plans.
     */
    @Benchmark
    public long whatIfProvince() {
        Assessment a = compiled.evaluate(province, AS_OF);
        long total = 0;
        for (String village : provinceVillages) {
            total += GapPlan.of(a, village, "bench.smart-village").total();
        }
        return total;
    }

    /**
     * (4) Re-evaluating after one village's figures changed: only the village, its commune and its province
     * are judged again ({@code CompiledPack.reevaluate}); the changed dataset is made in the setup.
     */
    @Benchmark
    public Assessment reevaluateVillage() {
        return compiled.reevaluate(totalsAssessment, totalsChanged, changedVillage);
    }

    /** (3) Loading one province's dataset (village totals) from JSON. */
    @Benchmark
    public Dataset loadProvinceJson() throws IOException {
        return DatasetJson.read(new ByteArrayInputStream(provinceJson), "province.json", Metrics.all(), ReadLimits.DEFAULTS);
    }
}
