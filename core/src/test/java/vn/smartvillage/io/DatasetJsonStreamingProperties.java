package vn.smartvillage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.fixtures.Metrics;

/**
 * A document whose {@code asOf} comes before its {@code units} has its units read as the parser finishes each
 * (streamed); one whose {@code units} come first is read from the whole tree. The two reads are one read: the
 * same dataset, or the same problems in the same order, whatever the units hold and wherever the limit falls.
 */
class DatasetJsonStreamingProperties {

    @Property(tries = 300)
    void streamedUnits_readAsTheTreeReadsThem(@ForAll("units") List<String> units, @ForAll("households") String rootHouseholds,
            @ForAll @IntRange(min = 1, max = 40) int maxUnits, @ForAll boolean badRootField) throws IOException {
        String asOf = "\"asOf\": \"2024-06-30\"";
        String unitsField = "\"units\": [" + String.join(", ", units) + "]";
        String rest = "\"households\": " + rootHouseholds + (badRootField ? ", \"remarks\": 1" : "");
        String streamed = "{ " + asOf + ", " + unitsField + ", " + rest + " }";
        String tree = "{ " + unitsField + ", " + asOf + ", " + rest + " }";
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxUnits(maxUnits);
        assertThat(outcome(streamed, limits)).isEqualTo(outcome(tree, limits));
    }

    /** The units of a document that gives its date first are not in the tree: they went to the reader one by one. */
    @net.jqwik.api.Example
    void aDocumentWithItsDateFirst_isReadWithoutItsUnitsInTheTree() throws Exception {
        String document = "{ \"asOf\": \"2024-06-30\", \"units\": [ { \"id\": \"p\", \"name\": \"Tỉnh\", \"level\": \"province\" }, "
                + "{ \"id\": \"c\", \"name\": \"Xã\", \"level\": \"commune\", \"parent\": \"p\" } ] }";
        var catalog = vn.smartvillage.internal.json.MetricCatalog.of(Metrics.all());
        var streamed = new vn.smartvillage.internal.json.DatasetTree.StreamedUnits(catalog, ReadLimits.DEFAULTS);
        var tree = vn.smartvillage.internal.json.JsonFormats.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                vn.smartvillage.internal.json.JsonFormats.Syntax.JSON, ReadLimits.DEFAULTS, streamed);
        var units = ((vn.smartvillage.internal.json.Node.ObjectNode) tree).get("units");
        assertThat(((vn.smartvillage.internal.json.Node.ArrayNode) units).size()).isZero();
        var d = new vn.smartvillage.internal.json.Diagnostics();
        var b = vn.smartvillage.internal.json.DatasetTree.read(vn.smartvillage.internal.json.Cursor.root(tree, d), catalog, ReadLimits.DEFAULTS,
                streamed);
        assertThat(b.orElseThrow().build().units()).extracting(u -> u.id()).containsExactly("p", "c");
    }

    /** The dataset written back, or its problems, each as its place and reason in English. */
    private static List<String> outcome(String document, ReadLimits limits) throws IOException {
        try {
            return List.of(DatasetJson.write(DatasetJson.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)),
                    "so-lieu.json", Metrics.all(), limits)));
        } catch (SmartVillageException e) {
            List<String> out = new ArrayList<>();
            for (Problem p : e.problems()) {
                out.add(p.location().text().en() + ": " + p.reason().en());
            }
            return out;
        }
    }

    @Provide
    Arbitrary<List<String>> units() {
        Arbitrary<String> village = Arbitraries.of(
                "{ \"id\": \"v%d\", \"name\": \"Thôn %<d\", \"level\": \"village\", \"parent\": \"c\", \"observations\": { \"residents\": 120 } }",
                "{ \"id\": \"v%d\", \"name\": \"Thôn %<d\", \"level\": \"village\", \"parent\": \"c\", \"households\": [ { \"household.members\": 4 }, { \"household.members\": 2 } ] }",
                "{ \"id\": \"v%d\", \"level\": \"village\", \"parent\": \"c\" }",
                "{ \"id\": \"v%d\", \"name\": \"Thôn %<d\", \"level\": \"hamlet\", \"parent\": \"c\" }",
                "{ \"id\": \"v%d\", \"name\": \"Thôn %<d\", \"level\": \"village\", \"parent\": \"c\", \"observations\": { \"residents\": -3 } }",
                "{ \"id\": \"v%d\", \"name\": \"Thôn %<d\", \"level\": \"village\", \"parent\": \"c\", \"observations\": { \"nguoi-dan\": 3 } }",
                "{ \"id\": \"v%d\", \"name\": \"Thôn %<d\", \"level\": \"village\", \"parent\": \"nowhere\", \"colour\": \"red\" }",
                "\"v%d\"");
        return village.list().ofMaxSize(12).map(list -> {
            List<String> out = new ArrayList<>();
            out.add("{ \"id\": \"p\", \"name\": \"Tỉnh\", \"level\": \"province\" }");
            out.add("{ \"id\": \"c\", \"name\": \"Xã\", \"level\": \"commune\", \"parent\": \"p\" }");
            for (int i = 0; i < list.size(); i++) {
                out.add(String.format(list.get(i), i));
            }
            return out;
        });
    }

    @Provide
    Arbitrary<String> households() {
        return Arbitraries.of("[]", "[ { \"village\": \"v0\", \"facts\": { \"household.members\": 3 } } ]",
                "[ { \"village\": \"v0\", \"facts\": { \"household.members\": 3 } }, { \"village\": \"v1\", \"facts\": { \"household.members\": 5 } } ]");
    }
}
