package vn.smartvillage.internal.format;

/**
 * The objects of a pack's {@code tests}: a test case and what it expects. Their reader runs evaluations and
 * lives with the pack tests; their shapes live here, with the rest of the format.
 */
public final class TestCaseFormat {

    /** A test case: a name, a date, a dataset inline or in a file beside the pack, and what it expects. */
    public static final Shape TEST = Shape.of("test case", "/$defs/test", Field.required("name"), Field.required("asOf"),
            Field.conditional("dataset"), Field.conditional("datasetFile"), Field.required("expect"));

    /** One expectation: a unit, one rule of the pack, and a status, a gap or both. */
    public static final Shape EXPECTATION = Shape.of("expectation", "/$defs/expectation", Field.required("unit"),
            Field.conditional("criterion"), Field.conditional("certification"), Field.conditional("target"), Field.conditional("status"),
            Field.conditional("gap"));

    private TestCaseFormat() {
    }
}
