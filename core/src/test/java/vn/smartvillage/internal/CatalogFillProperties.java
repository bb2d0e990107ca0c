package vn.smartvillage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A template cut once at its placeholders fills as the placeholder pattern, matched afresh each time, fills it. */
class CatalogFillProperties {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    /** The reference: every {@code {name}} replaced, left to right, by what the pattern finds. */
    private static String byPattern(String template) {
        return PLACEHOLDER.matcher(template).replaceAll(m -> Matcher.quoteReplacement("<" + m.group(1) + ">"));
    }

    @Property(tries = 2000)
    void anyTextFillsAsThePatternFillsIt(@ForAll @Chars({'{', '}', 'a', 'B', '1', ' ', 'ệ', '$', '\\'}) @StringLength(max = 24) String template) {
        assertEquals(byPattern(template), Catalog.fill(template, name -> "<" + name + ">"));
    }

    @Test
    void everyTemplateOfBothCatalogsFillsAsThePatternFillsIt() {
        for (Catalog catalog : new Catalog[] {Catalog.MESSAGES, Catalog.PROBLEMS}) {
            for (boolean vi : new boolean[] {true, false}) {
                for (String key : catalog.keys(vi)) {
                    String template = catalog.template(key, vi);
                    assertEquals(byPattern(template), catalog.fill(key, vi, name -> "<" + name + ">"), key);
                }
            }
        }
    }
}
