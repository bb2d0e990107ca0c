package vn.smartvillage.packs.testing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import vn.smartvillage.Text;
import vn.smartvillage.internal.text.Messages;

/**
 * The outcome of running a pack's test cases: for each case, whether it passed and, if not, each
 * difference between what it expected and what the evaluation gave.
 *
 * @param pack  the pack, {@code "id@version"}
 * @param cases one result per case, in the pack's order
 */
public record PackTestReport(String pack, List<CaseResult> cases) {

    /**
     * One case's result.
     *
     * @param name        the case's name
     * @param differences each expectation not met, as "expected … got …", in both languages; empty
     *                    when the case passed
     */
    public record CaseResult(String name, List<Text> differences) {
        /**
         * Checks the parts and copies the list.
         *
         * @param name        the case's name, not null
         * @param differences each expectation not met, in Vietnamese and English; empty when the case passed;
         *                    not null, none null
         */
        public CaseResult {
            Objects.requireNonNull(name, "name");
            differences = List.copyOf(differences);
        }

        /** {@return {@code true} if every expectation held: there is no difference} */
        public boolean passed() {
            return differences.isEmpty();
        }
    }

    /**
     * Checks the parts and copies the list.
     *
     * @param pack  the pack whose cases ran, as {@code "id@version"}; not null
     * @param cases one result per case, in the pack's order; not null, none null
     */
    public PackTestReport {
        Objects.requireNonNull(pack, "pack");
        cases = List.copyOf(cases);
    }

    /** {@return {@code true} if every case passed (and trivially when there are none)} */
    public boolean passed() {
        return cases.stream().allMatch(CaseResult::passed);
    }

    /** {@return how many cases failed} */
    public long failures() {
        return cases.stream().filter(c -> !c.passed()).count();
    }

    /**
     * Returns the report as text in English: one line per case ({@code PASS} or {@code FAIL}), each
     * difference indented below its case, and a summary line.
     */
    @Override
    public String toString() {
        return render(Locale.ENGLISH);
    }

    /**
     * Returns the report as text in the language of {@code locale}; see {@link #toString()}.
     *
     * @param locale the language: Vietnamese when its language is {@code vi}, English otherwise (as
     *               {@link #toString()} gives); not null
     * @return one line per case ({@code ĐẠT} or {@code LỖI} in Vietnamese), each difference indented below
     *         its case, and a summary line, each ending in {@code \n}
     */
    public String render(Locale locale) {
        boolean vietnamese = "vi".equals(Objects.requireNonNull(locale, "locale").getLanguage());
        StringBuilder s = new StringBuilder();
        Text pass = Messages.label("packTest.pass");
        Text fail = Messages.label("packTest.fail");
        for (CaseResult c : cases) {
            String verdict = in(c.passed() ? pass : fail, vietnamese);
            s.append(verdict).append(" ".repeat(Math.max(1, 6 - verdict.length()))).append(c.name()).append('\n');
            c.differences().forEach(d -> s.append("      - ").append(in(d, vietnamese)).append('\n'));
        }
        long failed = failures();
        s.append(in(Messages.text("packTest.summary", "pack", pack, "passed", String.valueOf(cases.size() - failed), "cases",
                String.valueOf(cases.size())), vietnamese));
        return s.append('\n').toString();
    }

    private static String in(Text t, boolean vietnamese) {
        return vietnamese ? t.vi() : t.en();
    }
}
