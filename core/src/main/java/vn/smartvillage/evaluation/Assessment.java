package vn.smartvillage.evaluation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.smartvillage.Text;

/**
 * The result of evaluating a dataset against a rule pack on a date: one {@link UnitAssessment} per
 * unit, in the dataset's order, and what the evaluation warns about.
 *
 * <p>An assessment is immutable and safe to share between threads. The same dataset, pack and date
 * always give an equal assessment.
 */
public final class Assessment {

    private final String packId;
    private final String packVersion;
    private final LocalDate asOf;
    private final LocalDate dataAsOf;
    private final List<UnitAssessment> units;
    private final Map<String, UnitAssessment> byId;
    private final List<Text> warnings;

    /**
     * Creates an assessment.
     *
     * @param packId      the id of the rule pack applied
     * @param packVersion its version
     * @param asOf        the date whose rules were applied
     * @param dataAsOf    the date the figures describe
     * @param units       the unit assessments, in dataset order, one per unit id
     * @param warnings    what the reader should know, such as a pack past its end date
     */
    public Assessment(String packId, String packVersion, LocalDate asOf, LocalDate dataAsOf, List<UnitAssessment> units,
            List<Text> warnings) {
        this.packId = Objects.requireNonNull(packId, "packId");
        this.packVersion = Objects.requireNonNull(packVersion, "packVersion");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.dataAsOf = Objects.requireNonNull(dataAsOf, "dataAsOf");
        this.units = List.copyOf(units);
        this.warnings = List.copyOf(warnings);
        Map<String, UnitAssessment> index = new LinkedHashMap<>();
        for (UnitAssessment u : this.units) {
            if (index.put(u.unit().id(), u) != null) {
                throw new IllegalArgumentException("two assessments for the unit " + u.unit().id());
            }
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    /** {@return the id of the rule pack applied} */
    public String packId() {
        return packId;
    }

    /** {@return the version of the rule pack applied} */
    public String packVersion() {
        return packVersion;
    }

    /** {@return the date whose rules were applied} */
    public LocalDate asOf() {
        return asOf;
    }

    /** {@return the date the figures describe} */
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
        return Optional.ofNullable(byId.get(unitId));
    }

    /** {@return what the reader should know about this assessment, such as a pack past its end date; often empty} */
    public List<Text> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment a && packId.equals(a.packId) && packVersion.equals(a.packVersion)
                && asOf.equals(a.asOf) && dataAsOf.equals(a.dataAsOf) && units.equals(a.units) && warnings.equals(a.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packId, packVersion, asOf, units);
    }

    @Override
    public String toString() {
        return "Assessment[" + packId + "@" + packVersion + ", asOf=" + asOf + ", units=" + units.size() + "]";
    }
}
