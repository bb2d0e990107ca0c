package org.example.jackson2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.smartvillage.criteria.vn.SampleData;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.Evaluator;
import vn.smartvillage.io.DatasetCsv;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.packs.testing.PackTestReport;
import vn.smartvillage.report.ReportFormat;
import vn.smartvillage.rules.RulePack;

/**
 * An application that has its own Jackson 2 and uses smartvillage beside it: the shipped packs, a YAML pack,
 * a CSV import, an evaluation, the JSON and CSV reports; then it summarises with its own Jackson 2.
 */
public final class Jackson2Consumer {

    /** What a run gave. */
    public record Result(RulePack pack, Assessment assessment, Assessment readBack, String summaryByJackson2,
            int jsonReportFormatSeenByJackson2, PackTestReport yamlPackCases, Dataset importedFromCsv, List<Path> files) {
    }

    /** A province pack kept as YAML (read by the library's Jackson 3 YAML), extending Bắc Giang's. */
    static final String YAML_PACK = """
            format: 1
            id: org.example.jackson2.province
            version: "2024"
            title: { vi: "Gói YAML ví dụ", en: "An example pack in YAML" }
            effective: { from: "2024-01-01", to: "2025-12-31" }
            extends: vn.bac-giang.ntm-digital@2023-2025
            citations:
              example: { document: "Ví dụ, không phải văn bản thật (example only)" }
            overrides:
              - { op: threshold, target: vn.924.commune.work-records-online, threshold: ">= 75 %", citation: example }
            tests:
              - name: "75 of 100 records online meets the raised target, 74 is one short"
                asOf: "2024-06-30"
                dataset:
                  asOf: "2024-06-30"
                  units:
                    - { id: tinh, name: "Tỉnh (tổng hợp)", level: province }
                    - { id: xa-dat, name: "Xã đạt", level: commune, parent: tinh, observations: { work-records: 100, work-records.online: 75 } }
                    - { id: xa-thieu, name: "Xã thiếu", level: commune, parent: tinh, observations: { work-records: 100, work-records.online: 74 } }
                expect:
                  - { unit: xa-dat, target: vn.924.commune.work-records-online, status: met, gap: 0 }
                  - { unit: xa-thieu, target: vn.924.commune.work-records-online, status: not-met, gap: 1 }
            """;

    private Jackson2Consumer() {
    }

    /** Runs everything, writing the reports and the CSV tables into {@code folder}. */
    public static Result run(Path folder) throws IOException {
        Files.createDirectories(folder);

        RulePackRegistry shipped = VietnamPacks.registry();
        Dataset data = SampleData.read(SampleData.Sample.BAC_GIANG_PROVINCE);
        RulePack pack = shipped.resolve(VietnamPacks.BAC_GIANG, data.asOf());
        Assessment a = Evaluator.create().evaluate(data, pack);
        Path jsonFile = folder.resolve("assessment.json");
        ReportFormat.JSON.write(a, jsonFile);
        String json = Files.readString(jsonFile, StandardCharsets.UTF_8);
        Path csvFile = folder.resolve("assessment.csv");
        ReportFormat.named("csv").write(a, csvFile);
        Assessment back = ReportFormat.readJson(json, shipped);

        // A YAML pack beside the shipped ones.
        VietnamPacks vietnam = new VietnamPacks();
        RulePackRegistry.Builder b = RulePackRegistry.builder().vocabulary(vietnam.vocabulary());
        vietnam.packs().forEach(b::add);
        RulePackRegistry withYaml = b.add(PackSource.text("org-example-province.yaml", YAML_PACK)).build();
        RulePackRegistry.Entry yamlPack = withYaml.entry("org.example.jackson2.province", "2024").orElseThrow();
        PackTestReport yamlCases = PackTestReport.run(yamlPack.pack(), yamlPack.tests());

        // A CSV import.
        Path units = Files.writeString(folder.resolve("units.csv"), """
                id;parent;level;name
                tinh;;tỉnh;Tỉnh (tổng hợp)
                xa-a;tinh;xã;Xã A
                """, StandardCharsets.UTF_8);
        Path figures = Files.writeString(folder.resolve("figures.csv"), """
                id;work-records;work-records.online
                xa-a;1.000;550
                """, StandardCharsets.UTF_8);
        Dataset imported = DatasetCsv.builder(data.asOf()).metrics(withYaml.metrics()).units(units).observations(figures).read();

        // The application's own Jackson 2, on the same class path.
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("pack", pack.toString());
        summary.put("units", data.size());
        summary.put("yamlPackPassed", yamlCases.passed());
        String summaryJson = mapper.writeValueAsString(summary);
        JsonNode report = mapper.readTree(json);

        return new Result(pack, a, back, summaryJson, report.path("format").asInt(-1), yamlCases, imported, List.of(jsonFile, csvFile));
    }
}
