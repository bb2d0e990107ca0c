package vn.smartvillage;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.apiguardian.api.API;

/**
 * Where a {@link Problem} is: the place a person can go and fix, as a value, never a string to parse.
 *
 * <p>A location names what is wrong in the words of the input: a unit and a metric
 * ({@code unit kha-ly-thuong, metric residents.electronic-id}), a household by its village and number, a
 * cell of a table, an element of a document by its JSON pointer, a criterion of a rule pack. A location that
 * a loader read from a file keeps where it was read ({@link #readAt()}: the row or the cell), so that a
 * program can take a person to it. Each renders itself in Vietnamese and English ({@link #text()});
 * {@code toString()} is the English rendering.
 *
 * <p>A program reads a location's parts through its accessors, each empty when the place has no such part.
 * They look through the places a location is made of: a figure read at a cell gives the cell's file, row
 * and column as well as its unit and metric; a place within a document gives the document; a household's
 * figure gives its village and the household's number.
 *
 * <pre>{@code
 * for (Problem p : e.problems()) {
 *     Location l = p.location();
 *     if (l.unitId().isPresent() && l.metricId().isPresent()) {
 *         highlight(l.unitId().get(), l.metricId().get());
 *     }
 * }
 * }</pre>
 *
 * <p>Locations are made by the library's loaders and checks, not by hand. Two locations are equal when they
 * name the same place by the same parts, where it was read included.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Location permits Place {

    /** {@return this location in Vietnamese and English, at most 1,000 characters each} */
    Text text();

    /**
     * {@return the id of the unit this place is about: a unit, a figure's unit, or the village of a household
     * or of its records; empty when it names no unit}
     */
    Optional<String> unitId();

    /**
     * {@return the id of the metric this place is about: a figure's or a household figure's metric, or a
     * metric of a rule pack or of a registry's vocabulary; empty when it names no metric}
     */
    Optional<String> metricId();

    /**
     * {@return the number of the household record this place is about, from 1 among its village's records in
     * the order they were given; empty when it names no single household}
     */
    OptionalInt household();

    /** {@return the id of the organisation this place is about; empty when it names no organisation} */
    Optional<String> organisationId();

    /**
     * {@return the name of the file, table or document this place is in, as it was given (such as
     * {@code "villages.csv"}, or the file a rule pack was read from); empty when it is not known}
     */
    Optional<String> document();

    /** {@return the number of the table row this place is in, the header being row 1; empty when it is in no row} */
    OptionalLong row();

    /** {@return the header of the table column this place is in, as the table writes it; empty when it is in no column} */
    Optional<String> column();

    /**
     * {@return the JSON pointer (RFC 6901) of this place in its document, such as {@code "/units/0/level"}: the
     * empty pointer for the whole document (rendered {@code /}); empty when the place is not given by a pointer}
     */
    Optional<String> pointer();

    /** {@return the id of the rule pack this place is in (the pack that inherits, for an inherited rule); empty when it is in none} */
    Optional<String> packId();

    /**
     * {@return where this place (or the record it is part of) was read, such as the row of a table or the
     * cell of a figure; empty when it was not read from a file}
     */
    Optional<Location> readAt();
}
