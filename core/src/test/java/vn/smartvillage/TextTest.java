package vn.smartvillage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void normalisesToNfc_soDecomposedAndComposedNamesAreEqual() {
        String composed = "Khả Lý Thượng";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(Text.of(decomposed, "x")).isEqualTo(Text.of(composed, "x"));
        assertThat(Text.of(decomposed, "x").vi()).isEqualTo(composed);
    }

    @Test
    void in_picksVietnameseOnlyForVietnamese() {
        Text t = Text.of("đạt", "met");
        assertThat(t.in(Locale.forLanguageTag("vi-VN"))).isEqualTo("đạt");
        assertThat(t.in(Locale.ENGLISH)).isEqualTo("met");
        assertThat(t.in(Locale.FRENCH)).isEqualTo("met");
    }

    @Test
    void needsBothLanguages() {
        assertThatThrownBy(() -> Text.of(" ", "met")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.of("đạt", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
