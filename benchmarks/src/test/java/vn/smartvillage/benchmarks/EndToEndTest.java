package vn.smartvillage.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.report.ReportFormat;
import vn.smartvillage.rules.RulePack;

/** The end-to-end benchmark's code on a tiny country, in the normal build (the benchmark itself is run by hand). */
class EndToEndTest {

    @Test
    void theInputFiles_readAsTheCountryTheyWereWrittenFrom_andEveryReportIsWritten(@TempDir Path dir) throws Exception {
        RulePack pack = Benchmarks.pack();
        Path json = InputFiles.write(InputFiles.Size.TINY_JSON, dir);
        Path csv = InputFiles.write(InputFiles.Size.TINY_CSV, dir);
        NationalData d = NationalData.generate(NationalData.Scale.TINY, Benchmarks.SEED);

        Dataset fromJson = EndToEnd.read(json);
        Dataset fromCsv = EndToEnd.read(csv);
        assertThat(fromJson.size()).isEqualTo(d.unitsOnly().size());
        assertThat(fromCsv.size()).isEqualTo(d.unitsOnly().size());
        // The households of the CSV tables and the village totals of the JSON give the same verdicts.
        String a = csvWithoutReasons(ReportFormat.CSV_NO_BOM, Evaluator.create().evaluate(fromCsv, pack, Benchmarks.AS_OF));
        String b = csvWithoutReasons(ReportFormat.CSV_NO_BOM, Evaluator.create().evaluate(fromJson, pack, Benchmarks.AS_OF));
        assertThat(a).isEqualTo(b);

        long bytes = EndToEnd.run(csv, pack, dir.resolve("out"));
        assertThat(bytes).isPositive();
        assertThat(dir.resolve("out/report.json")).isNotEmptyFile();
        assertThat(dir.resolve("out/html/index.html")).isNotEmptyFile();
        String report = Files.readString(dir.resolve("out/report.json"), StandardCharsets.UTF_8);
        assertThat(ReportFormat.readJson(report, vn.smartvillage.packs.RulePackRegistry.builder().vocabulary(
                vn.smartvillage.criteria.vn.Metrics.all()).add(pack).build()).units()).hasSize(d.unitsOnly().size());
    }

    /** Each row's unit, rule and status. */
    private static String csvWithoutReasons(ReportFormat f, vn.smartvillage.evaluation.Assessment a) throws Exception {
        java.io.StringWriter w = new java.io.StringWriter();
        f.write(a, w);
        StringBuilder out = new StringBuilder();
        w.toString().lines().forEach(l -> {
            String[] c = l.split(",", -1);
            out.append(c[0]).append(' ').append(c.length > 13 ? c[10] + " " + c[13] : "").append('\n');
        });
        return out.toString();
    }
}
