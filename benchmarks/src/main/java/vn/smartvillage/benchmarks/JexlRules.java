package vn.smartvillage.benchmarks;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;

/**
 * A general rule engine beside the library: the benchmark pack's rules written as JEXL expressions
 * (Apache Commons JEXL 3), compiled once and evaluated against facts already aggregated per village (the
 * village totals: the engine is not asked to add up households). As a host would use an engine: each
 * village's facts set in a context, each rule a script giving a yes or a no, the smart-village
 * certification a script over the rules' verdicts, and the commune and province rules scripts over the
 * counts the host tallies. Integer arithmetic only (JEXL keeps longs), so its verdicts agree exactly with
 * the baseline's ({@link Agreement#same}). One thread, as a rule engine session runs.
 */
final class JexlRules {

    private final JexlEngine engine = new JexlBuilder().strict(true).silent(false).cache(64).create();
    private final JexlScript[] village = {
        engine.createScript("eid * 100 >= 25 * residents"),
        engine.createScript("fibre * 100 >= 80 * households"),
        engine.createScript("phone * 100 >= 90 * households"),
        engine.createScript("address * 100 >= 100 * households"),
        engine.createScript("fibreAndMobile"),
        engine.createScript("officials"),
        engine.createScript("itModels >= 1"),
    };
    private final JexlScript smart = engine.createScript("r0 && r1 && r2 && r3 && r4 && r5 && r6");
    private final JexlScript records = engine.createScript("online * 100 >= 60 * records");
    private final JexlScript communeSmart = engine.createScript("smartVillages >= 1");
    private final JexlScript provinceTarget = engine.createScript("smartVillages >= 20");
    private static final String[] RESULTS = {"r0", "r1", "r2", "r3", "r4", "r5", "r6"};

    /** Evaluates every village, commune and province from the village totals. */
    Baseline.Verdicts evaluate(NationalData d, NationalData.VillageTotals t) {
        byte[] verdicts = new byte[d.villages];
        MapContext facts = new MapContext();
        for (int v = 0; v < d.villages; v++) {
            facts.set("residents", t.residents[v]);
            facts.set("eid", t.electronicId[v]);
            facts.set("households", t.households[v]);
            facts.set("fibre", t.fibre[v]);
            facts.set("phone", t.smartphone[v]);
            facts.set("address", t.address[v]);
            facts.set("fibreAndMobile", d.fibreAndMobile[v]);
            facts.set("officials", d.officials[v]);
            facts.set("itModels", Integer.bitCount(d.itModels[v] & 0xFF));
            int bits = 0;
            for (int rule = 0; rule < village.length; rule++) {
                boolean met = (Boolean) village[rule].execute(facts);
                facts.set(RESULTS[rule], met);
                bits |= met ? 1 << rule : 0;
            }
            bits |= (Boolean) smart.execute(facts) ? 1 << Baseline.SMART : 0;
            verdicts[v] = (byte) bits;
        }
        int[][] communeTally = new int[d.communes][8];
        int[][] provinceTally = new int[d.provinces][8];
        for (int v = 0; v < d.villages; v++) {
            int c = d.villageCommune[v];
            int p = d.communeProvince[c];
            for (int rule = 0; rule < 8; rule++) {
                int met = (verdicts[v] >> rule) & 1;
                communeTally[c][rule] += met;
                provinceTally[p][rule] += met;
            }
        }
        boolean[] communeRecords = new boolean[d.communes];
        boolean[] smartCommune = new boolean[d.communes];
        MapContext commune = new MapContext();
        for (int c = 0; c < d.communes; c++) {
            commune.set("records", (long) d.workRecords[c]);
            commune.set("online", (long) d.workOnline[c]);
            commune.set("smartVillages", (long) communeTally[c][Baseline.SMART]);
            communeRecords[c] = (Boolean) records.execute(commune);
            smartCommune[c] = (Boolean) communeSmart.execute(commune);
        }
        boolean[] target = new boolean[d.provinces];
        MapContext province = new MapContext();
        for (int p = 0; p < d.provinces; p++) {
            province.set("smartVillages", (long) provinceTally[p][Baseline.SMART]);
            target[p] = (Boolean) provinceTarget.execute(province);
        }
        return new Baseline.Verdicts(verdicts, communeRecords, smartCommune, target, communeTally, provinceTally);
    }
}
