package vn.smartvillage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.fixtures.Metrics;

/** JSON → dataset → JSON gives the same text, for datasets of every shape. */
class DatasetJsonProperties {

    @Property(tries = 200)
    void aWrittenDatasetReadsBackToTheSameText(@ForAll("datasets") Dataset d) {
        String json = DatasetJson.write(d);
        Dataset back = DatasetJson.read(json, "round-trip.json", Metrics.all());
        assertThat(DatasetJson.write(back)).isEqualTo(json);
        assertThat(back.units()).isEqualTo(d.units());
        for (var u : d.units()) {
            assertThat(back.value(u.id(), Metrics.RESIDENTS)).isEqualTo(d.value(u.id(), Metrics.RESIDENTS));
            assertThat(back.value(u.id(), Metrics.HOUSEHOLDS_WITH_FIBRE)).isEqualTo(d.value(u.id(), Metrics.HOUSEHOLDS_WITH_FIBRE));
        }
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        Arbitrary<List<int[]>> villages = Combinators.combine(
                Arbitraries.integers().between(0, 2),      // 0: totals, 1: households, 2: nothing
                Arbitraries.integers().between(0, 5000),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 2))      // district or not
                .as((kind, residents, households, sourced) -> new int[] {kind, residents, households, sourced})
                .list().ofMaxSize(6);
        Arbitrary<Boolean> threeTier = Arbitraries.of(true, false);
        Arbitrary<String> name = Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạ \"'\\").ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.isBlank());
        return Combinators.combine(villages, threeTier, name).as((vs, three, n) -> {
            DatasetBuilder b = Dataset.builder(LocalDate.of(2024, 6, 30)).province("p", n);
            String parent = "p";
            if (three) {
                b.district("d", "Huyện " + n, "p");
                parent = "d";
            }
            b.commune("c", "Xã " + n, parent);
            for (int i = 0; i < vs.size(); i++) {
                int[] v = vs.get(i);
                String id = "v" + i;
                b.village(id, "Thôn " + i, "c");
                if (v[0] == 0) {
                    if (v[3] == 1) {
                        b.observe(id, Metrics.RESIDENTS, (long) v[1], "khảo sát " + n);
                    } else {
                        b.observe(id, Metrics.RESIDENTS, (long) v[1]);
                    }
                    b.observe(id, Metrics.FIBRE_AND_MOBILE_TO_VILLAGE, v[3] == 2);
                } else if (v[0] == 1) {
                    for (int h = 0; h < v[2]; h++) {
                        int members = (h * 7 + v[1]) % 9;
                        boolean fibre = (h + v[1]) % 2 == 0;
                        b.household(id, f -> f.set(Metrics.HOUSEHOLD_MEMBERS, (long) members).set(Metrics.HOUSEHOLD_HAS_FIBRE, fibre));
                    }
                }
            }
            return b.build();
        });
    }
}
