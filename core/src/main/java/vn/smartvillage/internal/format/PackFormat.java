package vn.smartvillage.internal.format;

import java.util.ArrayList;
import java.util.List;

/** The pack format as a whole: the version this library reads and writes, and the shape of every object in it. */
public final class PackFormat {

    /** The format version this library reads and writes. */
    public static final int VERSION = 1;

    private PackFormat() {
    }

    /** Returns the shape of every object of a pack document, its test cases included. */
    static List<Shape> shapes() {
        List<Shape> all = new ArrayList<>(List.of(PackDocument.ROOT, Values.TEXT, Values.PERIOD, AreaCodec.SHAPE, CitationCodec.SHAPE, MetricCodec.SHAPE,
                MetricCodec.AGGREGATION_SHAPE, MeasureCodec.SHAPE, MeasureCodec.RATIO_SHAPE, MeasureCodec.CHILDREN_MEETING_SHAPE,
                MeasureCodec.CHILDREN_CERTIFIED_SHAPE, CriterionCodec.SHAPE, CriterionCodec.APPLIES_WHERE_SHAPE, TargetCodec.SHAPE, RequirementCodec.ALL_OF_SHAPE,
                RequirementCodec.ANY_OF_SHAPE, RequirementCodec.AT_LEAST_SHAPE, RequirementCodec.MEETS_SHAPE,
                RequirementCodec.CHILDREN_SHAPE, RequirementCodec.CHILDREN_BODY, CertificationCodec.SHAPE, TestCaseFormat.TEST,
                TestCaseFormat.EXPECTATION));
        for (OverrideCodec.Op op : OverrideCodec.Op.values()) {
            all.add(op.shape());
        }
        return List.copyOf(all);
    }
}
