package vn.smartvillage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Text;

class MessagesTest {

    private static Set<String> placeholders(String template) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(template);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        assertThat(Messages.keys(true)).isEqualTo(Messages.keys(false)).isNotEmpty();
        for (String key : Messages.keys(false)) {
            assertThat(placeholders(Messages.template(key, true))).as(key).isEqualTo(placeholders(Messages.template(key, false)));
            assertThat(Messages.template(key, true)).as(key).isNotBlank();
        }
    }

    @Test
    void argumentsAreWrittenAsEachLanguageWritesThem() {
        Text t = Messages.text("value.share", "numerator", 1100L, "denominator", 4000L, "percent", new BigDecimal("27.50"));
        assertThat(t).isEqualTo(Text.of("1.100/4.000 = 27,50 %", "1,100/4,000 = 27.50 %"));
        Text d = Messages.text("reason.notInForce", "date", LocalDate.of(2025, 12, 31));
        assertThat(d).isEqualTo(Text.of("không có hiệu lực vào ngày 31/12/2025", "not in force on 2025-12-31"));
    }

    @Test
    void aMissingArgumentOrKeyIsAnError() {
        assertThatThrownBy(() -> Messages.text("reason.notInForce")).hasMessageContaining("needs {date}");
        assertThatThrownBy(() -> Messages.text("no.such.key")).hasMessageContaining("no message 'no.such.key'");
    }
}
