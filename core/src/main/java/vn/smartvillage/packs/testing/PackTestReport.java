package vn.smartvillage.packs.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.internal.text.Messages;

/**
 * The outcome of running a pack's test cases: for each case, whether it passed and, if not, each
 * difference between what it expected and what the evaluation gave.
 *
 * <pre>{@code
 * RulePackRegistry registry = RulePackRegistry.builder().addDirectory(Path.of("packs")).build();
 * for (RulePackRegistry.Entry e : registry.entries()) {
 *     PackTestReport report = PackTestReport.run(e.pack(), e.tests());
 *     System.out.print(report);            // PASS/FAIL per case, with expected vs actual
 * }
 * }</pre>
 *
 * <p>The cases of a pack document are read, and checked, when its registry is built
 * ({@code RulePackRegistry.Entry.tests()}); the runner needs only a pack and its cases, so it runs cases
 * made in Java as well.
 *
 * <p>Made by {@link #run}, never by hand. Immutable; two reports are equal when all their parts are.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PackTestReport {

    /** One case's result. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static final class CaseResult {
        private final String name;
        private final List<Text> differences;

        CaseResult(String name, List<Text> differences) {
            this.name = Objects.requireNonNull(name, "name");
            this.differences = List.copyOf(differences);
        }

        /** {@return the case's name} */
        public String name() {
            return name;
        }

        /**
         * {@return each expectation not met, as "expected … got …", in both languages; empty when the case
         * passed; unmodifiable}
         */
        public List<Text> differences() {
            return differences;
        }

        /** {@return {@code true} if every expectation held: there is no difference} */
        public boolean passed() {
            return differences.isEmpty();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CaseResult c && name.equals(c.name) && differences.equals(c.differences);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + differences.hashCode();
        }

        @Override
        public String toString() {
            return "CaseResult[name=" + name + ", differences=" + differences + "]";
        }
    }

    private final String pack;
    private final List<CaseResult> cases;

    PackTestReport(String pack, List<CaseResult> cases) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.cases = List.copyOf(cases);
    }

    /**
     * Runs {@code cases} against {@code pack}: each case's dataset is evaluated on its date and every
     * expectation compared with the result. A case whose evaluation fails has the evaluator's problems as
     * its differences; it never throws them.
     *
     * @param pack  the pack to evaluate, not null
     * @param cases the test cases, run in order; not null
     * @return the report: one result per case, in the order given, under the pack's {@code "id@version"}
     */
    public static PackTestReport run(RulePack pack, List<PackTestCase> cases) {
        return PackTests.run(Objects.requireNonNull(pack, "pack"), Objects.requireNonNull(cases, "cases"));
    }

    /** {@return the pack whose cases ran, as {@code "id@version"}} */
    public String pack() {
        return pack;
    }

    /** {@return one result per case, in the order they ran; unmodifiable} */
    public List<CaseResult> cases() {
        return cases;
    }

    /** {@return {@code true} if every case passed (and trivially when there are none)} */
    public boolean passed() {
        return cases.stream().allMatch(CaseResult::passed);
    }

    /** {@return how many cases failed} */
    public long failures() {
        return cases.stream().filter(c -> !c.passed()).count();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackTestReport r && pack.equals(r.pack) && cases.equals(r.cases);
    }

    @Override
    public int hashCode() {
        return pack.hashCode() * 31 + cases.hashCode();
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
