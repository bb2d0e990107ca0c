package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;

/**
 * What a criterion measures on a unit. The family is closed; the static methods here make each kind.
 *
 * <ul>
 *   <li>{@link #ratio ratio}: one count over another (residents with electronic ID / residents);</li>
 *   <li>{@link #count(Metric) count}: a count (cooperatives);</li>
 *   <li>{@link #flag flag}: a yes/no fact, counted as 1 when it holds and 0 when not;</li>
 *   <li>{@link #flagsHeld flagsHeld}: how many of a group of flags hold ("at least one IT model in one of
 *       these fields");</li>
 *   <li>{@link #shareMeeting shareMeeting}, {@link #countMeeting countMeeting}: the share or count of units
 *       at a lower level that meet a criterion;</li>
 *   <li>{@link #shareCertified shareCertified}, {@link #countCertified countCertified}: the share or count
 *       of units at a lower level that hold a certification;</li>
 *   <li>{@link #shareRecognised shareRecognised}, {@link #countRecognised countRecognised}: the same, counting
 *       the units that an official decision in the dataset recognises as holding it (the dataset's
 *       recognitions), and
 *       {@link #shareCertifiedOrRecognised shareCertifiedOrRecognised},
 *       {@link #countCertifiedOrRecognised countCertifiedOrRecognised}: the units that are recognised or
 *       certified by the pack, each once;</li>
 *   <li>{@link #notEncoded notEncoded}: a rule whose source is known but whose measure or threshold is not,
 *       so it is listed, cited and never decided (its result is always "missing data").</li>
 * </ul>
 * A ratio or a share is compared with a percentage threshold, the others with an absolute one.
 *
 * <p>The kinds are not public types. To act on the kind of a measure, pass {@link #match} a {@link Cases}:
 * it has one method per kind, named as the factory that makes it and taking what the factory took, and the
 * compiler checks that every kind is handled (Java 17 has no pattern matching for {@code switch}). Where only
 * one fact is wanted, {@link #isShare()}, {@link #metrics()}, {@link #childLevel()} and {@link #isEncoded()}
 * say it without a visitor. Two measures are equal when they are of the same kind with equal parts.
 *
 * <pre>{@code
 * String shown = measure.match(new Measure.Cases<String>() {
 *     public String ratio(Metric<Long> numerator, Metric<Long> denominator) {
 *         return numerator.id() + " / " + denominator.id();
 *     }
 *     public String count(Metric<Long> metric) { return "count " + metric.id(); }
 *     // ... one method per kind
 * });
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public sealed interface Measure permits Measures.Ratio, Measures.Count, Measures.Flag, Measures.FlagsHeld,
        Measures.ChildrenMeeting, Measures.ChildrenCertified, Measures.NotEncoded {

    /**
     * {@return the ratio {@code numerator / denominator}, compared with a percentage}
     *
     * @param numerator   the part, such as residents with electronic ID; a count, not null
     * @param denominator the whole, such as residents; a count, not null
     * @throws IllegalArgumentException if either is not a count
     */
    static Measure ratio(Metric<Long> numerator, Metric<Long> denominator) {
        return new Measures.Ratio(numerator, denominator);
    }

    /**
     * {@return the count {@code metric}, compared with a whole number}
     *
     * @param metric the count read, such as cooperatives; not null
     * @throws IllegalArgumentException if the metric is not a count
     */
    static Measure count(Metric<Long> metric) {
        return new Measures.Count(metric);
    }

    /**
     * {@return the flag {@code metric}, counted as 1 when it holds and 0 when it does not}
     *
     * @param metric the yes/no fact read, not null
     * @throws IllegalArgumentException if the metric is not a flag
     */
    static Measure flag(Metric<Boolean> metric) {
        return new Measures.Flag(metric);
    }

    /**
     * {@return the number of {@code flags} that hold; with "≥ N", an at-least-N-of rule}
     *
     * @param flags the group, such as the seven fields an IT model may be in: at least one flag, no flag
     *              twice; not null
     * @throws IllegalArgumentException if the group is empty, names a flag twice or holds a metric that is
     *                                  not a flag
     */
    static Measure flagsHeld(List<Metric<Boolean>> flags) {
        return new Measures.FlagsHeld(flags);
    }

    /**
     * {@return the share of units at {@code level} below the unit that meet {@code criterionId}}
     *
     * @param level       the level of the units counted, below the level of the criterion that uses this
     *                    measure; not null
     * @param criterionId the id of a criterion of the same pack set at {@code level}, not null
     */
    static Measure shareMeeting(AdminLevel level, String criterionId) {
        return new Measures.ChildrenMeeting(level, criterionId, Measures.Form.SHARE);
    }

    /**
     * {@return the number of units at {@code level} below the unit that meet {@code criterionId}}
     *
     * @param level       the level of the units counted, below the level of the criterion that uses this
     *                    measure; not null
     * @param criterionId the id of a criterion of the same pack set at {@code level}, not null
     */
    static Measure countMeeting(AdminLevel level, String criterionId) {
        return new Measures.ChildrenMeeting(level, criterionId, Measures.Form.COUNT);
    }

    /**
     * {@return the share of units at {@code level} below the unit that hold {@code certificationId}}
     *
     * @param level           the level of the units counted, below the level of the criterion that uses
     *                        this measure; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}, not null
     */
    static Measure shareCertified(AdminLevel level, String certificationId) {
        return new Measures.ChildrenCertified(level, certificationId, Measures.Form.SHARE);
    }

    /**
     * {@return the number of units at {@code level} below the unit that hold {@code certificationId}}
     *
     * @param level           the level of the units counted, below the level of the criterion that uses
     *                        this measure; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}, not null
     */
    static Measure countCertified(AdminLevel level, String certificationId) {
        return new Measures.ChildrenCertified(level, certificationId, Measures.Form.COUNT);
    }

    /**
     * {@return the share of units at {@code level} below the unit that an official decision recognises as
     * holding {@code certificationId}, whatever the pack computes for them} A recognition counts when it is
     * dated on or before the date whose rules are applied, or not dated.
     *
     * @param level           the level of the units counted, below the level of the criterion that uses
     *                        this measure; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}, not null
     */
    static Measure shareRecognised(AdminLevel level, String certificationId) {
        return new Measures.ChildrenCertified(level, certificationId, Measures.Form.SHARE, Measures.Counting.RECOGNISED);
    }

    /**
     * {@return the number of units at {@code level} below the unit that an official decision recognises as
     * holding {@code certificationId}, such as "at least 20 smart villages" counted by the province's
     * decisions}
     *
     * @param level           the level of the units counted, below the level of the criterion that uses
     *                        this measure; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}, not null
     */
    static Measure countRecognised(AdminLevel level, String certificationId) {
        return new Measures.ChildrenCertified(level, certificationId, Measures.Form.COUNT, Measures.Counting.RECOGNISED);
    }

    /**
     * {@return the share of units at {@code level} below the unit that are recognised as holding
     * {@code certificationId} or that the pack certifies, each unit counted once}
     *
     * @param level           the level of the units counted, below the level of the criterion that uses
     *                        this measure; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}, not null
     */
    static Measure shareCertifiedOrRecognised(AdminLevel level, String certificationId) {
        return new Measures.ChildrenCertified(level, certificationId, Measures.Form.SHARE, Measures.Counting.EITHER);
    }

    /**
     * {@return the number of units at {@code level} below the unit that are recognised as holding
     * {@code certificationId} or that the pack certifies, each unit counted once} A unit the pack cannot
     * decide counts as undecided unless it is recognised.
     *
     * @param level           the level of the units counted, below the level of the criterion that uses
     *                        this measure; not null
     * @param certificationId the id of a certification of the same pack for units at {@code level}, not null
     */
    static Measure countCertifiedOrRecognised(AdminLevel level, String certificationId) {
        return new Measures.ChildrenCertified(level, certificationId, Measures.Form.COUNT, Measures.Counting.EITHER);
    }

    /**
     * {@return the measure of a rule whose source is known but whose measure or threshold is not; it is
     * never decided} Use it with {@link Threshold#holds()}, as {@link Criterion.Builder#notEncoded} does.
     *
     * @param whyVi what is not known, in Vietnamese, not blank, such as an annex not yet retrieved
     * @param whyEn the same in English, not blank
     * @throws IllegalArgumentException if either text is blank
     */
    static Measure notEncoded(String whyVi, String whyEn) {
        return new Measures.NotEncoded(Text.of(whyVi, whyEn));
    }

    /** {@return {@code true} if the value is a share, compared with a percentage threshold} */
    boolean isShare();

    /** {@return the metrics this measure reads, empty for child measures and rules not yet encoded} */
    List<Metric<?>> metrics();

    /**
     * {@return the level of the units below that a child measure counts ({@link #shareMeeting},
     * {@link #countMeeting}, {@link #shareCertified}, {@link #countCertified}); empty for the other kinds}
     */
    default Optional<AdminLevel> childLevel() {
        return Optional.empty();
    }

    /**
     * {@return {@code true} for a measure over the units below that counts units recognised by an official
     * decision ({@link #countRecognised}, {@link #shareRecognised}, {@link #countCertifiedOrRecognised},
     * {@link #shareCertifiedOrRecognised}); {@code false} for every other measure}
     */
    default boolean countsRecognised() {
        return false;
    }

    /**
     * {@return {@code false} for a measure that counts only recognised units ({@link #countRecognised},
     * {@link #shareRecognised}); {@code true} for every other kind, including those that count recognised or
     * certified units} Both this and {@link #countsRecognised()} are {@code true} for the "either" measures.
     * {@link #match} calls {@link Cases#shareCertified} or {@link Cases#countCertified} for all six measures
     * over certified units; these two say which units they count.
     */
    default boolean countsComputed() {
        return true;
    }

    /**
     * {@return {@code false} for the measure of a rule not yet encoded ({@link #notEncoded}), which is never
     * decided; {@code true} for every other kind}
     */
    default boolean isEncoded() {
        return true;
    }

    /**
     * Calls the method of {@code cases} for this measure's kind, with the parts the kind's factory took.
     *
     * @param <R>   what the cases return
     * @param cases one method per kind of measure, not null
     * @return what the method called returned
     */
    <R> R match(Cases<R> cases);

    /**
     * What to do with each kind of measure, for {@link Measure#match}: one method per kind, named as the
     * factory that makes it and given the same parts. Implementing it is the exhaustive dispatch that a
     * {@code switch} over the kinds would be in a later Java: a kind added to the family is a method added
     * here, which every implementation must then handle.
     *
     * @param <R> what each method returns
     */
    @API(status = STABLE, since = "0.1")
    interface Cases<R> {

        /**
         * {@return what a ratio gives} See {@link Measure#ratio}.
         *
         * @param numerator   the part, a count
         * @param denominator the whole, a count
         */
        R ratio(Metric<Long> numerator, Metric<Long> denominator);

        /**
         * {@return what a count gives} See {@link Measure#count(Metric)}.
         *
         * @param metric the count read
         */
        R count(Metric<Long> metric);

        /**
         * {@return what a flag gives} See {@link Measure#flag}.
         *
         * @param metric the yes/no fact read
         */
        R flag(Metric<Boolean> metric);

        /**
         * {@return what a group of flags gives} See {@link Measure#flagsHeld}.
         *
         * @param flags the group, at least one flag, no flag twice
         */
        R flagsHeld(List<Metric<Boolean>> flags);

        /**
         * {@return what the share of units below meeting a criterion gives} See {@link Measure#shareMeeting}.
         *
         * @param level       the level of the units counted
         * @param criterionId the criterion they must meet
         */
        R shareMeeting(AdminLevel level, String criterionId);

        /**
         * {@return what the number of units below meeting a criterion gives} See {@link Measure#countMeeting}.
         *
         * @param level       the level of the units counted
         * @param criterionId the criterion they must meet
         */
        R countMeeting(AdminLevel level, String criterionId);

        /**
         * {@return what the share of units below holding a certification gives} See
         * {@link Measure#shareCertified}.
         *
         * @param level           the level of the units counted
         * @param certificationId the certification they must hold
         */
        R shareCertified(AdminLevel level, String certificationId);

        /**
         * {@return what the number of units below holding a certification gives} See
         * {@link Measure#countCertified}.
         *
         * @param level           the level of the units counted
         * @param certificationId the certification they must hold
         */
        R countCertified(AdminLevel level, String certificationId);

        /**
         * {@return what a rule not yet encoded gives} See {@link Measure#notEncoded}.
         *
         * @param why what is not known, in Vietnamese and English
         */
        R notEncoded(Text why);
    }
}
