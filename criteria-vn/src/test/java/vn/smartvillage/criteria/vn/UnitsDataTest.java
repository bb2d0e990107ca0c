package vn.smartvillage.criteria.vn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** A damaged copy of the shipped units is a clear exception naming the file and line, never a shorter list. */
class UnitsDataTest {

    private static final Path DATA = Path.of("src/main/resources/vn/smartvillage/criteria/vn/units");

    /** Reads the shipped files, with {@code damage} applied to the text of {@code file}. */
    private static UnitsData readWith(String file, UnaryOperator<String> damage) {
        return UnitsData.read(name -> {
            Path p = DATA.resolve(name);
            String text = Files.readString(p, StandardCharsets.UTF_8);
            return new ByteArrayInputStream((name.equals(file) ? damage.apply(text) : text).getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void theShippedFiles_read() {
        UnitsData d = readWith("none", t -> t);
        assertThat(d.current.communes()).hasSize(3_321);
        assertThat(d.former.communes()).hasSize(10_047);
    }

    @Test
    void aMissingFile_isNamed() {
        assertThatThrownBy(() -> UnitsData.read(name -> name.equals("communes.csv") ? null : Files.newInputStream(DATA.resolve(name))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("criteria-vn's administrative units cannot be read: vn/smartvillage/criteria/vn/units/communes.csv: the file is"
                        + " missing; the jar is damaged or was repackaged without its data");
    }

    @Test
    void aFileCutShort_isNotReadAsFewerCommunes() {
        assertThatThrownBy(() -> readWith("communes.csv", t -> t.substring(0, t.indexOf("\n00", 1000) + 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("communes.csv: the file has ").hasMessageContaining("rows, not 3321");
    }

    @Test
    void aRowTooMany_isRefused() {
        assertThatThrownBy(() -> readWith("provinces.csv", t -> t + "99,Tỉnh Sông Xanh\n")).hasMessageContaining("provinces.csv, line 36: the file has"
                + " more than its 34 rows");
    }

    @Test
    void aChangedHeader_aBadCode_aDanglingReference_andAWrongName_areLocated() {
        assertThatThrownBy(() -> readWith("communes.csv", t -> t.replaceFirst("province_code", "province"))).hasMessageContaining(
                "communes.csv, line 1: the header is 'code,name,province', not 'code,name,province_code'");
        assertThatThrownBy(() -> readWith("communes.csv", t -> t.replaceFirst("\n00004,", "\n4,"))).hasMessageContaining(
                "communes.csv, line 2: the code '4' is not 5 digits");
        assertThatThrownBy(() -> readWith("communes.csv", t -> t.replaceFirst("Phường Ba Đình,01", "Phường Ba Đình,00")))
                .hasMessageContaining("communes.csv, line 2: no province has the code '00'");
        assertThatThrownBy(() -> readWith("succession.csv", t -> t.replaceFirst("Phường Hồng Hà", "Phường Hồng Hải")))
                .hasMessageContaining("succession.csv, line 2: 00097 is Phường Hồng Hà in province 01 in communes.csv, not Phường Hồng Hải in 01");
        assertThatThrownBy(() -> readWith("communes.csv", t -> t.replaceFirst("Phường Ba Đình,", "Phường Ba Đình,x,"))).hasMessageContaining(
                "communes.csv, line 2: the row has 4 fields, not 3");
        assertThatThrownBy(() -> readWith("succession.csv", t -> t.replaceFirst(",full\n", ",whole\n"))).hasMessageContaining(
                "succession.csv, line 2: the part is 'whole', not full or partial");
    }

    @Test
    void aDuplicateCode_orAPartialSoleSuccessor_isRefused() {
        assertThatThrownBy(() -> readWith("provinces.csv", t -> t.replaceFirst("\n04,", "\n01,"))).hasMessageContaining(
                "provinces.csv, line 3: the code 01 is listed twice");
        assertThatThrownBy(() -> readWith("succession.csv", t -> t.replaceFirst("Phường Hồng Hà,01,full", "Phường Hồng Hà,01,partial")))
                .hasMessageContaining("00001 has one successor, so it must be full");
    }

    @Test
    void bytesThatAreNotUtf8_areRefused() {
        assertThatThrownBy(() -> UnitsData.read(name -> {
            byte[] b = Files.readAllBytes(DATA.resolve(name));
            if (name.equals("old-communes.csv")) {
                b[40] = (byte) 0xC3;
                b[41] = (byte) 0x28;
            }
            InputStream in = new ByteArrayInputStream(b);
            return in;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("old-communes.csv").hasMessageContaining("is not UTF-8");
    }

    @Test
    void aFailingRead_isNamed() {
        assertThatThrownBy(() -> UnitsData.read(name -> {
            throw new IOException("disk gone");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("provinces.csv: reading failed (java.io.IOException: disk gone)");
    }
}
