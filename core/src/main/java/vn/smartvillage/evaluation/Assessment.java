package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.data.Recognition;
import vn.smartvillage.rules.PackRef;
import vn.smartvillage.rules.RulePack;

/**
 * The result of evaluating a dataset against a rule pack on a date: one {@link UnitAssessment} per
 * unit, in the dataset's order, and what the evaluation warns about. It carries its context: the
 * resolved pack it was judged by ({@link #pack()}, named exactly by {@link #packRef()}), the date the
 * figures describe ({@link #dataAsOf()}) and the date whose rules were applied ({@link #asOf()}), so a
 * report, an explanation, a plan or a drill-down needs the assessment alone.
 *
 * <p>Made by the {@link Evaluator} (and by reading a JSON report back), never by hand. An assessment is
 * immutable and safe to share between threads. The same dataset, pack and date always give an equal
 * assessment.
 */
@API(status = STABLE, since = "0.1")
public final class Assessment {

    static {
        // The JSON report's reader makes results without evaluating; it finds their constructors here.
        vn.smartvillage.internal.results.Results.install(new ResultsFactory());
    }

    private final RulePack pack;
    private final Supplier<PackRef> packRef;
    private final LocalDate asOf;
    private final LocalDate dataAsOf;
    private final List<UnitAssessment> units;
    /** The units by id, for an assessment made with its units; null for one made from an evaluation's columns. */
    private final Map<String, UnitAssessment> byId;
    /** The units of an evaluation, made from its columns when read; null for an assessment made with its units. */
    private final Units lazy;
    private final List<Text> warnings;
    private final List<Recognition> recognitions;
    /** The units below each unit, made when first asked for (a benign race may make it twice, equal). */
    private volatile Map<String, List<UnitAssessment>> children;

    /**
     * Creates an assessment.
     *
     * @param pack     the rule pack applied
     * @param packRef  gives the pack's reference, computing its content hash at most once, when first asked for
     * @param asOf     the date whose rules were applied
     * @param dataAsOf the date the figures describe
     * @param units    the unit assessments, in dataset order, one per unit id
     * @param warnings what the reader should know, such as a pack past its end date
     * @param recognitions the official recognitions of the dataset, in its order
     */
    Assessment(RulePack pack, Supplier<PackRef> packRef, LocalDate asOf, LocalDate dataAsOf, List<UnitAssessment> units,
            List<Text> warnings, List<Recognition> recognitions) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.packRef = Objects.requireNonNull(packRef, "packRef");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.dataAsOf = Objects.requireNonNull(dataAsOf, "dataAsOf");
        this.units = List.copyOf(units);
        this.warnings = List.copyOf(warnings);
        this.recognitions = List.copyOf(recognitions);
        Map<String, UnitAssessment> index = new LinkedHashMap<>();
        for (UnitAssessment u : this.units) {
            if (index.put(u.unit().id(), u) != null) {
                throw new IllegalArgumentException("two assessments for the unit " + u.unit().id());
            }
        }
        this.byId = Collections.unmodifiableMap(index);
        this.lazy = null;
    }

    /**
     * Creates the assessment of an evaluation, whose unit assessments are made from the evaluation's columns
     * when first read.
     */
    Assessment(RulePack pack, Supplier<PackRef> packRef, LocalDate asOf, LocalDate dataAsOf, Units units, List<Text> warnings,
            List<Recognition> recognitions) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.packRef = Objects.requireNonNull(packRef, "packRef");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.dataAsOf = Objects.requireNonNull(dataAsOf, "dataAsOf");
        this.units = units;
        this.warnings = List.copyOf(warnings);
        this.recognitions = List.copyOf(recognitions);
        this.byId = null;
        this.lazy = units;
    }

    /** {@return the units made from an evaluation's columns, or null for an assessment made with its units} */
    Units columns() {
        return lazy;
    }

    /** {@return the resolved rule pack the units were judged by, which names every rule of the results} */
    public RulePack pack() {
        return pack;
    }

    /**
     * {@return the pack's id, version and content hash: exactly the rules applied} The hash is computed the
     * first time any assessment made with the same {@link CompiledPack} asks for it, never during the
     * evaluation.
     */
    public PackRef packRef() {
        return packRef.get();
    }

    /**
     * {@return the date whose rules were applied} A criterion not in force on it is {@code NOT_APPLICABLE}; by
     * default it is the dataset's date, {@link #dataAsOf()}.
     */
    public LocalDate asOf() {
        return asOf;
    }

    /** {@return the date the figures describe: the dataset's date} */
    public LocalDate dataAsOf() {
        return dataAsOf;
    }

    /** {@return the unit assessments, in dataset order; unmodifiable} */
    public List<UnitAssessment> units() {
        return units;
    }

    /**
     * {@return the assessment of the unit {@code unitId}, or empty if the dataset has no such unit}
     *
     * @param unitId the unit's id in the dataset, such as {@code "kha-ly-thuong"}
     */
    public Optional<UnitAssessment> unit(String unitId) {
        return Optional.ofNullable(lazy != null ? lazy.byId(unitId) : byId.get(unitId));
    }

    /**
     * {@return the assessments of the units directly below {@code unitId}, in dataset order; empty for a unit
     * with none or an id the dataset does not have; unmodifiable}
     *
     * @param unitId the parent's id in the dataset, such as {@code "quang-minh"}; not null
     */
    public List<UnitAssessment> children(String unitId) {
        Objects.requireNonNull(unitId, "unitId");
        if (lazy != null) {
            return lazy.children(unitId);
        }
        Map<String, List<UnitAssessment>> index = children;
        if (index == null) {
            Map<String, List<UnitAssessment>> made = new HashMap<>();
            for (UnitAssessment u : units) {
                u.unit().parentId().ifPresent(p -> made.computeIfAbsent(p, k -> new ArrayList<>()).add(u));
            }
            made.replaceAll((k, v) -> List.copyOf(v));
            children = index = made;
        }
        return index.getOrDefault(unitId, List.of());
    }

    /**
     * Explains a criterion result of this assessment in Vietnamese and English: the unit by its name, what
     * was measured, the value with its numerator and denominator, the threshold, the verdict, the least
     * change when it is not met, and the citation.
     *
     * <pre>{@code
     * assessment.explain(result).vi();
     * // "An Lành: Tỷ lệ người dân sử dụng định danh cá nhân điện tử. 1.100/4.000 = 27,5 % (yêu cầu ≥ 25 %): đạt.
     * //  Nguồn: Tiêu chí thôn thông minh tỉnh Sông Xanh …"
     * }</pre>
     *
     * @param result a criterion result of this assessment, not null
     * @return the explanation, from the message catalogs
     */
    public Text explain(CriterionResult result) {
        return new Explanations(this).criterion(Objects.requireNonNull(result, "result"));
    }

    /**
     * Explains a certification result of this assessment: whether the unit holds it, which of its
     * requirements are met and which stand in the way, and the citation.
     *
     * @param result a certification result of this assessment, not null
     * @return the explanation, in Vietnamese and English
     */
    public Text explain(CertificationResult result) {
        return new Explanations(this).certification(Objects.requireNonNull(result, "result"));
    }

    /**
     * Explains a target result of this assessment: the indicator's value against the target by its deadline,
     * the progress and what remains, and whether the deadline has passed unmet.
     *
     * @param result a target result of this assessment, not null
     * @return the explanation, in Vietnamese and English
     */
    public Text explain(TargetResult result) {
        return new Explanations(this).target(Objects.requireNonNull(result, "result"));
    }

    /** {@return what the reader should know about this assessment, such as a pack past its end date; often empty} */
    public List<Text> warnings() {
        return warnings;
    }

    /**
     * {@return the official decisions recognising units that the assessed dataset records, in its order
     * ({@link vn.smartvillage.data.Dataset#recognitions()}); unmodifiable}
     */
    public List<Recognition> recognitions() {
        return recognitions;
    }

    /**
     * {@return the recognitions of the unit {@code unitId} in force on {@link #asOf()} (dated on or before it, or
     * not dated), such as a village's recognition as a smart village, to show beside its computed verdicts}
     *
     * @param unitId the unit's id, not null
     */
    public List<Recognition> recognitions(String unitId) {
        Objects.requireNonNull(unitId, "unitId");
        return recognitions.stream().filter(r -> r.unitId().equals(unitId) && r.date().map(d -> !d.isAfter(asOf)).orElse(true))
                .toList();
    }

    /**
     * {@return the certifications that an official decision grants but that the pack, from the figures, finds
     * {@code NOT_MET}: each result names the unit and, in {@link CertificationResult#unmet()}, the requirements
     * that fail; in dataset order, then pack order} A recognition counts when in force on {@link #asOf()}. A
     * certification the figures cannot decide ({@code MISSING_DATA}) is not a disagreement.
     */
    public List<CertificationResult> recognisedButNotMet() {
        return disagreements(true);
    }

    /**
     * {@return the certifications the pack finds {@code MET} from the figures but that no official decision of
     * the dataset grants; in dataset order, then pack order} Empty when the dataset records no recognition at
     * all: such a dataset says nothing about recognitions, so nothing is known to be missing.
     */
    public List<CertificationResult> metButNotRecognised() {
        return recognitions.isEmpty() ? List.of() : disagreements(false);
    }

    private List<CertificationResult> disagreements(boolean recognised) {
        List<CertificationResult> out = new ArrayList<>();
        for (UnitAssessment u : units) {
            for (CertificationResult c : u.certifications()) {
                boolean granted = recognitions(u.unit().id()).stream().anyMatch(r -> r.grants(c.certification().id(), asOf));
                if (recognised ? granted && c.status() == Status.NOT_MET : !granted && c.status() == Status.MET) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * Two assessments are equal when their packs have the same rules and their dates, units, warnings and
     * recognitions are equal.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment a && asOf.equals(a.asOf) && dataAsOf.equals(a.dataAsOf) && pack.equals(a.pack)
                && units.equals(a.units) && warnings.equals(a.warnings) && recognitions.equals(a.recognitions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pack.id(), pack.version(), asOf, units);
    }

    @Override
    public String toString() {
        return "Assessment[" + pack.id() + "@" + pack.version() + ", asOf=" + asOf + ", units=" + units.size() + "]";
    }
}
