package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of name folding, and of the successions between the two maps. */
class VietnamUnitsProperties {

    private static final String LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
            + "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ0123456789 -.,()";

    @Provide
    Arbitrary<String> vietnamese() {
        return Arbitraries.strings().withChars(LETTERS.toCharArray()).ofMaxLength(40);
    }

    @Property
    void folding_isIdempotent_andIgnoresCaseAndNormalForm(@ForAll("vietnamese") String s) {
        String f = VietnamUnits.fold(s);
        assertThat(VietnamUnits.fold(f)).isEqualTo(f);
        assertThat(VietnamUnits.fold(Normalizer.normalize(s, Normalizer.Form.NFD))).isEqualTo(f);
        assertThat(VietnamUnits.fold(s.toUpperCase(Locale.ROOT))).isEqualTo(f);
        assertThat(VietnamUnits.fold(s.toLowerCase(Locale.ROOT))).isEqualTo(f);
        assertThat(f).matches("[a-z0-9]*( [a-z0-9]+)*");
    }

    @Property
    void everyUnit_isFoundByItsOwnName_folded_asAnExactMatch(@ForAll("communes") OfficialUnit u) {
        VietnamUnits map = u.isValidOn(VietnamUnits.REFORM_DATE) ? VietnamUnits.current() : VietnamUnits.former();
        String q = VietnamUnits.fold(u.name());
        List<OfficialUnit> found = map.find(q.toUpperCase(Locale.ROOT));
        assertThat(found).contains(u);
        // Nothing but exact matches (the whole name, or the name after its kind) comes before it.
        assertThat(found.subList(0, found.indexOf(u) + 1)).allSatisfy(f -> assertThat(VietnamUnits.fold(f.name()))
                .satisfiesAnyOf(n -> assertThat(n).isEqualTo(q), n -> assertThat(n).endsWith(" " + q)));
        assertThat(map.unit(u.code())).contains(u);
    }

    @Property
    void successionsAreSeenFromBothSides(@ForAll("communes") OfficialUnit u) {
        for (Succession s : u.successors()) {
            assertThat(s.predecessor()).isEqualTo(u);
            assertThat(s.successor().predecessors()).contains(s);
            assertThat(s.part()).isEqualTo(u.successors().size() == 1 ? Succession.Part.FULL : Succession.Part.PARTIAL);
        }
        for (Succession s : u.predecessors()) {
            assertThat(s.successor()).isEqualTo(u);
            assertThat(s.predecessor().successors()).contains(s);
        }
    }

    @Provide
    Arbitrary<OfficialUnit> communes() {
        return Arbitraries.oneOf(Arbitraries.of(VietnamUnits.current().communes()), Arbitraries.of(VietnamUnits.former().communes()),
                Arbitraries.of(VietnamUnits.former().provinces()), Arbitraries.of(VietnamUnits.current().provinces()));
    }
}
