package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.smartvillage.data.SuccessionMap;
import vn.smartvillage.model.AdminLevel;

/** The succession of 1 July 2025 as core's generic map. */
class VietnamSuccessionTest {

    @Test
    void theMapByCode_hasEveryNewUnit_andEveryFormerUnitWithItsSuccessors() {
        SuccessionMap map = VietnamUnits.succession();
        assertThat(map.date()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(map.units()).hasSize(34 + 3321);
        assertThat(map.units().stream().filter(u -> u.level() == AdminLevel.COMMUNE)).allSatisfy(u -> assertThat(u.parentId()).isPresent());
        assertThat(map.formerUnits()).hasSize(63 + 5 + 10_047);
        assertThat(map.successors("07792")).containsExactly("07798");
        assertThat(map.successors("24")).containsExactly("24");
        assertThat(map.successors("27")).containsExactly("24");
        assertThat(map.predecessors("07798")).containsExactly("07780", "07786", "07792", "07798", "07804");
        assertThat(map.unit("07798").orElseThrow().name()).isEqualTo("Phường Vân Hà");
        long divided = map.formerUnits().stream().filter(f -> map.successors(f).size() > 1).count();
        assertThat(divided).isEqualTo(460);
    }

    @Test
    void aDatasetsOwnIds_replaceTheCodesTheyName_andTheOthersStayAsPredecessors() {
        SuccessionMap map = VietnamUnits.succession(Map.of("bac-giang", "24", "quang-minh", "07792"));
        assertThat(map.successors("quang-minh")).containsExactly("07798");
        assertThat(map.successors("07792")).isEmpty();
        assertThat(map.predecessors("07798")).containsExactly("07780", "07786", "quang-minh", "07798", "07804");
        assertThat(map.predecessors("24")).contains("bac-giang", "27");
    }

    @Test
    void aCodeThatIsNoFormerUnits_orTwoIdsWithOneCode_areRefused() {
        assertThatThrownBy(() -> VietnamUnits.succession(Map.of("x", "99999"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the code of a unit until 2025-06-30");
        assertThatThrownBy(() -> VietnamUnits.succession(new java.util.TreeMap<>(Map.of("a", "07792", "b", "07792"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the units 'a' and 'b' both have the code '07792'");
    }
}
