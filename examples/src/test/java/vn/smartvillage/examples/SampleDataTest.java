package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.smartvillage.criteria.vn.Metrics;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.io.DatasetCsv;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.model.Unit;

/** The seed data as JSON and as the CSV tables a commune keeps give the same dataset as the Java example. */
class SampleDataTest {

    static Path resource(String path) {
        try {
            return Path.of(SampleDataTest.class.getResource(path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every unit with its parent, level and name, and every figure it carries, in a fixed order. */
    static Map<String, Object> figures(Dataset d) {
        Map<String, Object> out = new TreeMap<>();
        for (Unit u : d.units()) {
            out.put(u.id(), u);
            Map<String, Object> values = new TreeMap<>();
            d.observedMetrics(u.id()).forEach(m -> values.put(m.id(), d.observed(u.id(), m).orElseThrow()));
            out.put(u.id() + " figures", values);
            out.put(u.id() + " organisations", d.organisations(u.id()));
        }
        return out;
    }

    @Test
    void jsonAndCsvGiveTheSameDatasetAsTheJavaExample() {
        Dataset java = QuangMinhData.create();
        Dataset json = DatasetJson.read(resource("/data/quang-minh.json"), Metrics.all());
        Path csv = resource("/data/csv/cot.json").getParent();
        Dataset fromCsv = DatasetCsv.builder(QuangMinhData.AS_OF).metrics(Metrics.all())
                .units(csv.resolve("don-vi.csv"))
                .organisations(csv.resolve("to-chuc.csv"))
                .observations(csv.resolve("thon.csv"))
                .observations(csv.resolve("xa.csv"))
                .mapping(csv.resolve("cot.json"))
                .read();
        assertThat(figures(json)).isEqualTo(figures(java));
        assertThat(figures(fromCsv)).isEqualTo(figures(java));
        assertThat(json.asOf()).isEqualTo(fromCsv.asOf()).isEqualTo(java.asOf());
    }

    @Test
    void theJsonSampleSaysWhereEachFigureComesFrom() {
        Dataset json = DatasetJson.read(resource("/data/quang-minh.json"), Metrics.all());
        assertThat(json.source("kha-ly-thuong", Metrics.RESIDENTS_WITH_ELECTRONIC_ID)).hasValueSatisfying(s -> assertThat(s).startsWith("seed 001"));
        assertThat(json.source("thon-minh-hoa", Metrics.RESIDENTS)).contains("giả định / invented");
        String written = DatasetJson.write(json);
        assertThat(DatasetJson.write(DatasetJson.read(written, "again.json", Metrics.all()))).isEqualTo(written);
    }
}
