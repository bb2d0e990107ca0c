package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.example.province.packs.ProvincePacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.packs.testing.PackTestReport;

/** The library used from a named module, with the library, criteria-vn and a third party's pack as named modules. */
class ModulePathTest {

    @Test
    void everythingRunsAsNamedModules() {
        assertEquals("org.example.consumer", getClass().getModule().getName(), "the test must run inside the consumer's module");
        assertTrue(RulePackRegistry.class.getModule().isNamed(), "smartvillage-core must be on the module path, not the class path");
        assertEquals("vn.smartvillage.core", RulePackRegistry.class.getModule().getName());
        assertEquals("vn.smartvillage.criteria.vn", VietnamPacks.class.getModule().getName());
        Module pack = ProvincePacks.class.getModule();
        assertEquals("org.example.province.packs", pack.getName());
        ModuleDescriptor d = pack.getDescriptor();
        assertFalse(d.isAutomatic() || d.isOpen(), "the pack module is an explicit module that is not open");
        assertTrue(d.opens().isEmpty(), "the pack module opens nothing: " + d.opens());
        assertFalse(pack.isOpen("org.example.province.packs", RulePackRegistry.class.getModule()));
    }

    @Test
    void discoversTheShippedPacksAndTheThirdPartyPack() {
        RulePackRegistry registry = Consumer.discover();
        assertTrue(registry.ids().containsAll(List.of(VietnamPacks.NATIONAL, VietnamPacks.BAC_GIANG, VietnamPacks.BAC_GIANG_PILOT,
                VietnamPacks.NGHE_AN, ProvincePacks.ID)), "ids: " + registry.ids());
        assertEquals(List.of(ProvincePacks.ID + "@" + ProvincePacks.VERSION, "vn.ntm.digital@2021-2025"),
                registry.pack(ProvincePacks.ID, ProvincePacks.VERSION).orElseThrow().lineage());
    }

    @Test
    void everyPacksOwnCasesPass() {
        RulePackRegistry registry = Consumer.discover();
        List<PackTestReport> reports = Consumer.runPackCases(registry);
        String failed = reports.stream().filter(r -> !r.passed()).map(PackTestReport::toString).collect(Collectors.joining("\n"));
        assertTrue(failed.isEmpty(), failed);
        // The province's case reads its dataset from a sibling resource (datasetFile) in the pack's module.
        assertEquals(1, registry.entry(ProvincePacks.ID, ProvincePacks.VERSION).orElseThrow().tests().size());
        assertTrue(reports.stream().mapToInt(r -> r.cases().size()).sum() > 5, "too few cases ran: " + reports);
    }

    @Test
    void evaluatesASampleAndWritesEveryReport(@TempDir Path folder) throws IOException {
        RulePackRegistry registry = Consumer.discover();
        Consumer.Result r = Consumer.evaluateAndWrite(registry, folder);
        assertEquals(5, r.files().size());
        for (Path f : r.files()) {
            assertTrue(Files.size(f) > 100, f + " is nearly empty");
        }
        assertTrue(Files.readString(folder.resolve("assessment.csv")).contains("unit_id"));
        assertTrue(Files.readString(folder.resolve("assessment.html")).contains("Khả Lý Thượng"));
        String vi = Files.readString(folder.resolve("summary.vi.md"));
        assertTrue(vi.contains(r.pack().toString()) && vi.contains("## Thôn"), vi);
        assertTrue(Files.readString(folder.resolve("summary.en.md")).contains(r.pack().toString()));
        Assessment back = Consumer.readJsonReport(folder.resolve("assessment.json"), registry);
        assertEquals(r.assessment(), back);
        assertEquals(r.pack(), back.pack());
    }

    @Test
    void streamedReports_areTheSameBytesAsTheWholeOnes(@TempDir Path folder) throws IOException {
        Consumer.Result r = Consumer.evaluateAndWrite(Consumer.discover(), folder.resolve("whole"));
        for (Path streamed : Consumer.streamEveryReport(r.assessment(), folder.resolve("streamed"))) {
            Path whole = folder.resolve("whole").resolve(streamed.getFileName());
            assertEquals(-1L, Files.mismatch(whole, streamed), streamed.getFileName() + " differs when streamed");
        }
    }
}
