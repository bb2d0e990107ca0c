package org.example.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.smartvillage.criteria.vn.VietnamPacks;

/** The library inside an application that pins Jackson 2 at 2.17. */
class Jackson2ConsumerTest {

    @Test
    void theApplicationReallyHasJackson217() {
        assertTrue(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString().startsWith("2.17."),
                "jackson-databind " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
        String annotations = JsonProperty.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertTrue(annotations.contains("jackson-annotations-2.17."), "jackson-annotations comes from " + annotations);
    }

    @Test
    void loadsTheShippedPacksEvaluatesAndWritesTheReports(@TempDir Path folder) throws IOException {
        Jackson2Consumer.Result r = Jackson2Consumer.run(folder);
        assertEquals(VietnamPacks.BAC_GIANG, r.pack().id());
        assertEquals(r.assessment(), r.readBack(), "the JSON report reads back to the same assessment");
        assertEquals(2, r.jsonReportFormatSeenByJackson2(), "the application's Jackson 2 reads the library's JSON report");
        assertEquals(true, new ObjectMapper().readTree(r.summaryByJackson2()).path("yamlPackPassed").asBoolean(false), r.summaryByJackson2());
        assertTrue(r.yamlPackCases().passed(), r.yamlPackCases().toString());
        assertEquals(2, r.importedFromCsv().size());
        for (Path f : r.files()) {
            assertTrue(Files.size(f) > 100, f + " is nearly empty");
        }
    }
}
