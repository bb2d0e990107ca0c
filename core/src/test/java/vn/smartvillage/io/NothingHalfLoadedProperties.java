package vn.smartvillage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.fixtures.Metrics;

/** A dataset with bad units reports every bad unit, each by name, and gives back nothing. */
class NothingHalfLoadedProperties {

    /** A village: residents and residents with electronic ID; bad when the part exceeds the whole. */
    record Village(long residents, long withId) {
        boolean bad() {
            return withId > residents;
        }
    }

    @Provide
    Arbitrary<List<Village>> villages() {
        return Combinators.combine(Arbitraries.longs().between(0, 1000), Arbitraries.longs().between(0, 1200)).as(Village::new)
                .list().ofMinSize(1).ofMaxSize(30);
    }

    static String json(List<Village> villages) {
        StringBuilder s = new StringBuilder("{ \"asOf\": \"2024-06-30\", \"units\": [ { \"id\": \"xa\", \"name\": \"Xã\", \"level\": \"commune\" }");
        for (int i = 0; i < villages.size(); i++) {
            s.append(", { \"id\": \"thon-").append(i).append("\", \"name\": \"Thôn ").append(i)
                    .append("\", \"level\": \"village\", \"parent\": \"xa\", \"observations\": { \"residents\": ")
                    .append(villages.get(i).residents()).append(", \"residents.electronic-id\": ").append(villages.get(i).withId()).append(" } }");
        }
        return s.append(" ] }").toString();
    }

    @Property(tries = 300)
    void everyBadUnitIsReported_andNoDatasetComesBack(@ForAll("villages") List<Village> villages) {
        Set<String> bad = new TreeSet<>();
        for (int i = 0; i < villages.size(); i++) {
            if (villages.get(i).bad()) {
                bad.add("thon-" + i);
            }
        }
        String doc = json(villages);
        if (bad.isEmpty()) {
            assertThat(DatasetJson.read(doc, "d.json", Metrics.all()).units()).hasSize(villages.size() + 1);
            return;
        }
        SmartVillageException e = catchThrowableOfType(SmartVillageException.class, () -> DatasetJson.read(doc, "d.json", Metrics.all()));
        assertThat(e).as("a dataset with a bad unit is refused whole").isNotNull();
        Set<String> reported = new TreeSet<>();
        for (Problem p : e.problems()) {
            for (String id : bad) {
                if (p.location().toString().matches(".*\\b" + id + "\\b.*")) {
                    reported.add(id);
                }
            }
            assertThat(p.location().toString()).contains(Metrics.RESIDENTS_WITH_ELECTRONIC_ID.id());
        }
        assertThat(reported).isEqualTo(bad);
        assertThat(e.problems()).hasSize(bad.size());
    }

    @Example
    void moreUnitsThanTheLimit_isOneClearProblem() {
        List<Village> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(new Village(10, 1));
        }
        SmartVillageException e = catchThrowableOfType(SmartVillageException.class, () -> DatasetJson.read(
                new java.io.ByteArrayInputStream(json(many).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "d.json", Metrics.all(),
                ReadLimits.DEFAULTS.withMaxUnits(10)));
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).reason().en()).contains("10");
    }
}
