package vn.smartvillage;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Bounds on what a reader of rule packs and datasets accepts, so that a hostile or broken file is
 * rejected with a clear error instead of exhausting memory or the stack.
 *
 * <p>The {@linkplain #DEFAULTS defaults} fit every real pack and a province's dataset with room to
 * spare; raise them with the {@code with…} methods where a larger input is expected.
 *
 * @param maxDocumentBytes the largest document, in bytes
 * @param maxNestingDepth  the deepest nesting of objects and arrays
 * @param maxStringLength  the longest string or field name, in characters
 * @param maxRules         the most criteria, certifications, targets, overrides and metrics one pack may declare
 * @param maxUnits         the most units (and households) one dataset document may hold
 * @param maxExtendsDepth  the longest chain of packs extending each other ({@code a} extends {@code b}
 *                         extends {@code c} is a chain of 3)
 */
@API(status = STABLE, since = "0.1")
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxRules, int maxUnits,
        int maxExtendsDepth) {

    /** The most a nesting or extends limit may be raised to: readers descend that deep. */
    public static final int MAX_DEPTH = 1000;

    /**
     * 32 MiB, depth 64, strings of 100,000 characters, 10,000 rules and metrics, 2,000,000 units or
     * households, chains of 32 packs.
     */
    public static final ReadLimits DEFAULTS = new ReadLimits(32L << 20, 64, 100_000, 10_000, 2_000_000, 32);

    /**
     * Checks that every limit is positive and the depths at most {@value #MAX_DEPTH}.
     *
     * @param maxDocumentBytes the largest document, in bytes: 1 to {@code Integer.MAX_VALUE - 8}, since a
     *                         document is read into memory
     * @param maxNestingDepth  the deepest nesting of objects and arrays, 1 to {@value #MAX_DEPTH}
     * @param maxStringLength  the longest string or field name, in characters, 1 or more
     * @param maxRules         the most criteria, certifications, targets, overrides and metrics one pack may
     *                         declare, 1 or more
     * @param maxUnits         the most units (and households) one dataset document may hold, 1 or more
     * @param maxExtendsDepth  the longest chain of packs extending each other, 1 to {@value #MAX_DEPTH}
     * @throws IllegalArgumentException if a limit is below 1, a depth above {@value #MAX_DEPTH} or the
     *                                  document limit above 2 GiB
     */
    public ReadLimits {
        if (maxDocumentBytes < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxRules < 1 || maxUnits < 1 || maxExtendsDepth < 1) {
            throw new IllegalArgumentException("every read limit must be at least 1");
        }
        if (maxDocumentBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a document is read into memory, so it is at most 2 GiB");
        }
        if (maxNestingDepth > MAX_DEPTH || maxExtendsDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("a nesting or extends depth is at most " + MAX_DEPTH + ", not "
                    + Math.max(maxNestingDepth, maxExtendsDepth));
        }
    }

    /**
     * {@return a copy with the given document size limit}
     *
     * @param bytes the largest document accepted, in bytes: 1 to {@code Integer.MAX_VALUE - 8}
     * @throws IllegalArgumentException if {@code bytes} is out of that range
     */
    public ReadLimits withMaxDocumentBytes(long bytes) {
        return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxRules, maxUnits, maxExtendsDepth);
    }

    /**
     * {@return a copy with the given nesting depth limit}
     *
     * @param depth the deepest nesting of objects and arrays accepted, 1 or more
     * @throws IllegalArgumentException if {@code depth} is below 1
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxRules, maxUnits, maxExtendsDepth);
    }

    /**
     * {@return a copy with the given string length limit}
     *
     * @param length the longest string or field name accepted, in characters, 1 or more
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxRules, maxUnits, maxExtendsDepth);
    }

    /**
     * {@return a copy with the given limit on rules per pack}
     *
     * @param rules the most criteria, certifications and targets one pack may declare, 1 or more
     * @throws IllegalArgumentException if {@code rules} is below 1
     */
    public ReadLimits withMaxRules(int rules) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, rules, maxUnits, maxExtendsDepth);
    }

    /**
     * {@return a copy with the given limit on units per dataset}
     *
     * @param units the most units (and households) one dataset document may hold, 1 or more
     * @throws IllegalArgumentException if {@code units} is below 1
     */
    public ReadLimits withMaxUnits(int units) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxRules, units, maxExtendsDepth);
    }

    /**
     * {@return a copy with the given limit on chains of packs extending each other}
     *
     * @param depth the longest chain accepted, 1 to {@value #MAX_DEPTH}
     * @throws IllegalArgumentException if {@code depth} is out of that range
     */
    public ReadLimits withMaxExtendsDepth(int depth) {
        return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxRules, maxUnits, depth);
    }
}
