package vn.smartvillage.internal.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.smartvillage.Fraction;
import vn.smartvillage.Text;
import vn.smartvillage.data.Recognition;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.PackRef;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;

/**
 * Holds the evaluation package's {@link Factory}, which it installs when its {@code Assessment} class is
 * loaded.
 *
 * <p>The results' constructors are package-private so that no user makes a result by hand; the JSON
 * report's reader must still make the results a report describes. This package sits below the
 * evaluation package (the evaluation package installs the factory here, and nothing here names it), so
 * the factory's type parameters stand for the evaluation's types.
 */
public final class Results {

    /**
     * Makes the evaluation's results, checking what their constructors check. {@code null} stands for an
     * absent value, gap or progress.
     *
     * @param <A> {@code Assessment}
     * @param <U> {@code UnitAssessment}
     * @param <C> {@code CriterionResult}
     * @param <E> {@code CertificationResult}
     * @param <T> {@code TargetResult}
     * @param <R> {@code RollUp}
     * @param <S> {@code Status}
     * @param <G> {@code Gap}
     * @param <K> {@code RuleKind}
     */
    public interface Factory<A, U, C, E, T, R, S, G, K> {

        /**
         * {@return a criterion result with a known reason}
         *
         * @param criterion the criterion judged
         * @param unitId    the unit assessed
         * @param status    the verdict
         * @param value     the value, or {@code null}
         * @param gap       the gap, or {@code null}
         * @param progress  the progress, or {@code null}
         * @param missing   the ids of the metrics missing
         * @param reason    why
         */
        C criterion(Criterion criterion, String unitId, S status, Fraction value, G gap, Fraction progress, List<String> missing,
                Text reason);

        /**
         * {@return a certification result}
         *
         * @param certification the certification judged
         * @param unitId        the unit assessed
         * @param status        the verdict
         * @param unmet         the leaf requirements standing in the way
         */
        E certification(Certification certification, String unitId, S status, List<Requirement> unmet);

        /**
         * {@return a target result}
         *
         * @param target         the target judged
         * @param result         its indicator's result
         * @param deadlinePassed whether the deadline had passed on the date whose rules were applied
         */
        T target(Target target, C result, boolean deadlinePassed);

        /**
         * {@return a roll-up}
         *
         * @param kind          what it counts
         * @param subjectId     the criterion's, target's or certification's id
         * @param level         the level of the units counted
         * @param met           how many meet it
         * @param notMet        how many do not
         * @param missingData   how many lack data
         * @param notApplicable how many it does not apply to
         */
        R rollUp(K kind, String subjectId, AdminLevel level, long met, long notMet, long missingData, long notApplicable);

        /**
         * {@return a unit's assessment}
         *
         * @param unit           the unit
         * @param criteria       its criterion results
         * @param certifications its certification results
         * @param targets        its target results
         * @param rollUps        its roll-ups
         */
        U unit(Unit unit, List<C> criteria, List<E> certifications, List<T> targets, List<R> rollUps);

        /**
         * {@return an assessment}
         *
         * @param pack     the pack applied
         * @param packRef  its reference, whose content hash is known
         * @param asOf     the date whose rules were applied
         * @param dataAsOf the date the figures describe
         * @param units    the unit assessments, in order
         * @param warnings the warnings
         * @param recognitions the official recognitions of the dataset assessed
         */
        A assessment(RulePack pack, PackRef packRef, LocalDate asOf, LocalDate dataAsOf, List<U> units, List<Text> warnings,
                List<Recognition> recognitions);
    }

    private static volatile Factory<?, ?, ?, ?, ?, ?, ?, ?, ?> factory;

    private Results() {
    }

    /**
     * Installs the factory; the evaluation package calls this once, when it is loaded.
     *
     * @param f the factory
     * @throws IllegalStateException if a factory is installed already
     */
    public static synchronized void install(Factory<?, ?, ?, ?, ?, ?, ?, ?, ?> f) {
        if (factory != null) {
            throw new IllegalStateException("the results' factory is installed already");
        }
        factory = Objects.requireNonNull(f, "factory");
    }

    /**
     * {@return the factory that {@code installer} installs when it is loaded, loading it first if need be}
     *
     * @param installer the class that installs the factory ({@code Assessment})
     * @param <A>       {@code Assessment}, the installer
     * @param <U>       {@code UnitAssessment}
     * @param <C>       {@code CriterionResult}
     * @param <E>       {@code CertificationResult}
     * @param <T>       {@code TargetResult}
     * @param <R>       {@code RollUp}
     * @param <S>       {@code Status}
     * @param <G>       {@code Gap}
     * @param <K>       {@code RuleKind}
     */
    @SuppressWarnings("unchecked")
    public static <A, U, C, E, T, R, S, G, K> Factory<A, U, C, E, T, R, S, G, K> factory(Class<A> installer) {
        try {
            Class.forName(installer.getName(), true, installer.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return (Factory<A, U, C, E, T, R, S, G, K>) Objects.requireNonNull(factory, "the results' factory was not installed");
    }
}
