package vn.smartvillage;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.internal.Catalog;
import vn.smartvillage.internal.Strings;

/**
 * Where a {@link Problem} is: the place a person can go and fix, as a value, never a string to parse.
 *
 * <p>A location names what is wrong in the words of the input: a unit and a metric
 * ({@code unit kha-ly-thuong, metric residents.electronic-id}), a household by its village and number, a
 * cell of a table, an element of a document by its JSON pointer. A location that a loader read from a file
 * keeps where it was read ({@code readAt}: the row or the cell), so that a program can take a person to
 * it. Each renders itself in Vietnamese and English ({@link #text()}); {@code toString()} is the English
 * rendering.
 *
 * <pre>{@code
 * for (Problem p : e.problems()) {
 *     if (p.location() instanceof Location.Figure f) {
 *         highlight(f.unitId(), f.metricId());
 *     }
 * }
 * }</pre>
 *
 * <p>The family is closed: a new kind of place is a new record here, so that a {@code switch} over the
 * kinds can be exhaustive.
 */
@API(status = STABLE, since = "0.1")
public sealed interface Location {

    /** {@return this location in Vietnamese and English, at most 1,000 characters each} */
    Text text();

    /**
     * A unit of a dataset.
     *
     * @param unitId the unit's id, as the input gives it
     * @param readAt where the unit was read, such as a row of a table; empty when it was not read from a file
     */
    @API(status = STABLE, since = "0.1")
    record Unit(String unitId, Optional<Location> readAt) implements Location {
        /**
         * Checks the parts are present.
         *
         * @param unitId the unit's id, not null
         * @param readAt where the unit was read, not null (empty when not known)
         */
        public Unit {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(readAt, "readAt");
        }

        /**
         * A unit not read from a file.
         *
         * @param unitId the unit's id, not null
         */
        public Unit(String unitId) {
            this(unitId, Optional.empty());
        }

        @Override
        public Text text() {
            return read(readAt, render("location.unit", "unit", unitId));
        }

        /** Returns the English rendering, such as {@code "units.csv row 4 (unit thon-1)"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * The figure a unit carries for a metric.
     *
     * @param unitId   the unit's id
     * @param metricId the metric's id
     * @param readAt   where the figure (or, when its own place is not known, its unit) was read; empty when
     *                 it was not read from a file
     */
    @API(status = STABLE, since = "0.1")
    record Figure(String unitId, String metricId, Optional<Location> readAt) implements Location {
        /**
         * Checks the parts are present.
         *
         * @param unitId   the unit's id, not null
         * @param metricId the metric's id, not null
         * @param readAt   where it was read, not null (empty when not known)
         */
        public Figure {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(metricId, "metricId");
            Objects.requireNonNull(readAt, "readAt");
        }

        /**
         * A figure not read from a file.
         *
         * @param unitId   the unit's id, not null
         * @param metricId the metric's id, not null
         */
        public Figure(String unitId, String metricId) {
            this(unitId, metricId, Optional.empty());
        }

        @Override
        public Text text() {
            return read(readAt, render("location.figure", "unit", unitId, "metric", metricId));
        }

        /** Returns the English rendering, such as {@code "unit kha-ly-thuong, metric residents"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A household record of a village.
     *
     * @param villageId the village's id
     * @param number    the household's number among the village's records, from 1, in the order they were given
     * @param readAt    where the record was read, such as a row of a table; empty when it was not read from a file
     */
    @API(status = STABLE, since = "0.1")
    record Household(String villageId, int number, Optional<Location> readAt) implements Location {
        /**
         * Checks the parts.
         *
         * @param villageId the village's id, not null
         * @param number    the household's number, 1 or more
         * @param readAt    where it was read, not null (empty when not known)
         * @throws IllegalArgumentException if {@code number} is below 1
         */
        public Household {
            Objects.requireNonNull(villageId, "villageId");
            Objects.requireNonNull(readAt, "readAt");
            if (number < 1) {
                throw new IllegalArgumentException("households are numbered from 1, got " + number);
            }
        }

        /**
         * A household record not read from a file.
         *
         * @param villageId the village's id, not null
         * @param number    the household's number, 1 or more
         */
        public Household(String villageId, int number) {
            this(villageId, number, Optional.empty());
        }

        @Override
        public Text text() {
            return read(readAt, render("location.household", "village", villageId, "number", number));
        }

        /** Returns the English rendering, such as {@code "village kha-ly-thuong, household #2"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * One fact of a household record.
     *
     * @param household the household
     * @param metricId  the id of the household metric
     */
    @API(status = STABLE, since = "0.1")
    record HouseholdFigure(Household household, String metricId) implements Location {
        /**
         * Checks the parts are present.
         *
         * @param household the household, not null
         * @param metricId  the metric's id, not null
         */
        public HouseholdFigure {
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(metricId, "metricId");
        }

        @Override
        public Text text() {
            return render("location.householdFigure", "household", household, "metric", metricId);
        }

        /** Returns the English rendering, such as {@code "village v, household #2, metric household.fibre"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * All the household records given for one village, from the first.
     *
     * @param villageId the village's id
     * @param count     how many records were given, 1 or more
     */
    @API(status = STABLE, since = "0.1")
    record Households(String villageId, int count) implements Location {
        /**
         * Checks the parts.
         *
         * @param villageId the village's id, not null
         * @param count     how many records, 1 or more
         * @throws IllegalArgumentException if {@code count} is below 1
         */
        public Households {
            Objects.requireNonNull(villageId, "villageId");
            if (count < 1) {
                throw new IllegalArgumentException("a village's records are at least one, got " + count);
            }
        }

        @Override
        public Text text() {
            return render("location.households", "village", villageId, "count", count);
        }

        /** Returns the English rendering, such as {@code "village v, household #1 (and the rest of its 40)"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * An organisation of a dataset.
     *
     * @param organisationId the organisation's id
     * @param readAt         where it was read; empty when it was not read from a file
     */
    @API(status = STABLE, since = "0.1")
    record Organisation(String organisationId, Optional<Location> readAt) implements Location {
        /**
         * Checks the parts are present.
         *
         * @param organisationId the organisation's id, not null
         * @param readAt         where it was read, not null (empty when not known)
         */
        public Organisation {
            Objects.requireNonNull(organisationId, "organisationId");
            Objects.requireNonNull(readAt, "readAt");
        }

        /**
         * An organisation not read from a file.
         *
         * @param organisationId the organisation's id, not null
         */
        public Organisation(String organisationId) {
            this(organisationId, Optional.empty());
        }

        @Override
        public Text text() {
            return read(readAt, render("location.organisation", "organisation", organisationId));
        }

        /** Returns the English rendering, such as {@code "organisation htx-1"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A field of a record, such as a unit's name.
     *
     * @param record the record, such as a {@link Unit}
     * @param field  the field's name as the API spells it, such as {@code "name"}
     */
    @API(status = STABLE, since = "0.1")
    record Field(Location record, String field) implements Location {
        /**
         * Checks the parts are present.
         *
         * @param record the record, not null
         * @param field  the field's name, not null
         */
        public Field {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(field, "field");
        }

        @Override
        public Text text() {
            return render("location.field", "record", record, "field", field);
        }

        /** Returns the English rendering, such as {@code "unit x, field name"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A whole document or file (or a folder of them), by the name it was given, such as a file name or a path.
     *
     * @param name the document's name
     */
    @API(status = STABLE, since = "0.1")
    record Document(String name) implements Location {
        /**
         * Checks the name.
         *
         * @param name the document's name, not null and not blank
         * @throws IllegalArgumentException if the name is blank
         */
        public Document {
            if (Objects.requireNonNull(name, "name").isBlank()) {
                throw new IllegalArgumentException("a document is named");
            }
        }

        @Override
        public Text text() {
            return Text.of(cut(name), cut(name));
        }

        /** Returns the name. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A row of a table.
     *
     * @param document the table's name, such as {@code "units.csv"}
     * @param row      the row's number, the header being row 1
     */
    @API(status = STABLE, since = "0.1")
    record Row(String document, long row) implements Location {
        /**
         * Checks the parts.
         *
         * @param document the table's name, not null
         * @param row      the row's number, 1 or more
         * @throws IllegalArgumentException if {@code row} is below 1
         */
        public Row {
            Objects.requireNonNull(document, "document");
            if (row < 1) {
                throw new IllegalArgumentException("rows are numbered from 1, got " + row);
            }
        }

        @Override
        public Text text() {
            return render("location.row", "document", document, "row", row);
        }

        /** Returns the English rendering, such as {@code "units.csv row 4"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A cell of a table: a row and a column.
     *
     * @param document the table's name, such as {@code "villages.csv"}
     * @param row      the row's number, the header being row 1
     * @param column   the column's header, as the table writes it (trimmed)
     */
    @API(status = STABLE, since = "0.1")
    record Cell(String document, long row, String column) implements Location {
        /**
         * Checks the parts.
         *
         * @param document the table's name, not null
         * @param row      the row's number, 1 or more
         * @param column   the column's header, not null
         * @throws IllegalArgumentException if {@code row} is below 1
         */
        public Cell {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(column, "column");
            if (row < 1) {
                throw new IllegalArgumentException("rows are numbered from 1, got " + row);
            }
        }

        /** {@return the row this cell is in} */
        public Row inRow() {
            return new Row(document, row);
        }

        @Override
        public Text text() {
            return render("location.cell", "document", document, "row", row, "column", column);
        }

        /** Returns the English rendering, such as {@code "villages.csv row 3, column 'Số hộ'"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A column of a table, or of the column mapping, by its header.
     *
     * @param table  the table, such as a {@link Document}, or the {@link Mapping}
     * @param column the column's header
     */
    @API(status = STABLE, since = "0.1")
    record Column(Location table, String column) implements Location {
        /**
         * Checks the parts are present.
         *
         * @param table  the table, not null
         * @param column the column's header, not null
         */
        public Column {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public Text text() {
            return render("location.column", "table", table, "column", column);
        }

        /** Returns the English rendering, such as {@code "mapping column 'Số hộ'"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /** The column mapping of a CSV import given in Java (a mapping file is a {@link Document}). */
    @API(status = STABLE, since = "0.1")
    record Mapping() implements Location {
        @Override
        public Text text() {
            return render("location.mapping");
        }

        /** Returns {@code "mapping"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A place inside a JSON or YAML document, by its JSON pointer (RFC 6901).
     *
     * @param document the document, such as a {@link Document} or a {@link PackVersion}
     * @param pointer  the JSON pointer, empty for the whole document (written {@code /})
     */
    @API(status = STABLE, since = "0.1")
    record Pointer(Location document, String pointer) implements Location {
        /**
         * Checks the parts are present.
         *
         * @param document the document, not null
         * @param pointer  the JSON pointer, not null; empty for the root
         */
        public Pointer {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(pointer, "pointer");
        }

        @Override
        public Text text() {
            return render("location.pointer", "document", document, "pointer", pointer.isEmpty() ? "/" : pointer);
        }

        /** Returns the English rendering, such as {@code "quang-minh.json /units/0/level"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A place named inside a document that was read as a whole, such as a unit of a JSON dataset.
     *
     * @param document the document, such as a {@link Document}
     * @param inner    the place inside it
     */
    @API(status = STABLE, since = "0.1")
    record Within(Location document, Location inner) implements Location {
        /**
         * Checks the parts are present.
         *
         * @param document the document, not null
         * @param inner    the place inside it, not null
         */
        public Within {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(inner, "inner");
        }

        @Override
        public Text text() {
            return render("location.within", "document", document, "inner", inner);
        }

        /** Returns the English rendering, such as {@code "quang-minh.json: unit xa, metric work-records"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A rule pack, by its id.
     *
     * @param packId the pack's id
     */
    @API(status = STABLE, since = "0.1")
    record Pack(String packId) implements Location {
        /**
         * Checks the id is present.
         *
         * @param packId the pack's id, not null
         */
        public Pack {
            Objects.requireNonNull(packId, "packId");
        }

        @Override
        public Text text() {
            return render("location.pack", "pack", packId);
        }

        /** Returns the English rendering, such as {@code "pack vn.example"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * One version of a rule pack, and the file it was read from.
     *
     * @param packId  the pack's id
     * @param version the pack's version
     * @param file    the name of the file it was read from; empty when it was not read from a file
     */
    @API(status = STABLE, since = "0.1")
    record PackVersion(String packId, String version, Optional<String> file) implements Location {
        /**
         * Checks the parts are present.
         *
         * @param packId  the pack's id, not null
         * @param version the pack's version, not null
         * @param file    the file's name, not null (empty when not known)
         */
        public PackVersion {
            Objects.requireNonNull(packId, "packId");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(file, "file");
        }

        @Override
        public Text text() {
            return file.map(f -> render("location.packVersion.file", "pack", packId, "version", version, "file", f))
                    .orElseGet(() -> render("location.packVersion", "pack", packId, "version", version));
        }

        /** Returns the English rendering, such as {@code "vn.example@2 (example.json)"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A criterion, target, certification or metric of a rule pack.
     *
     * @param pack the pack, such as a {@link Pack}
     * @param kind what the element is
     * @param id   the element's id
     */
    @API(status = STABLE, since = "0.1")
    record PackElement(Location pack, Kind kind, String id) implements Location {

        /** What an element of a pack is. */
        @API(status = STABLE, since = "0.1")
        public enum Kind {
            /** A criterion. */
            CRITERION,
            /** A target. */
            TARGET,
            /** A certification. */
            CERTIFICATION,
            /** A metric. */
            METRIC
        }

        /**
         * Checks the parts are present.
         *
         * @param pack the pack, not null
         * @param kind what the element is, not null
         * @param id   the element's id, not null
         */
        public PackElement {
            Objects.requireNonNull(pack, "pack");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Text text() {
            return render("location.packElement." + kind.name().toLowerCase(java.util.Locale.ROOT), "pack", pack, "id", id);
        }

        /** Returns the English rendering, such as {@code "pack vn.example, criterion fibre"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /** The problems of an input that were counted but not listed one by one. */
    @API(status = STABLE, since = "0.1")
    record Rest() implements Location {
        @Override
        public Text text() {
            return render("location.rest");
        }

        /** Returns {@code "…"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A criterion, target, certification or metric a pack took from the pack it extends, unchanged.
     *
     * @param pack   the pack that inherits it, such as a {@link PackVersion}
     * @param parent the pack it comes from, such as a {@link PackVersion}
     * @param kind   what the element is
     * @param id     the element's id
     */
    @API(status = STABLE, since = "0.1")
    record Inherited(Location pack, Location parent, PackElement.Kind kind, String id) implements Location {
        /**
         * Checks the parts are present.
         *
         * @param pack   the pack that inherits it, not null
         * @param parent the pack it comes from, not null
         * @param kind   what the element is, not null
         * @param id     the element's id, not null
         */
        public Inherited {
            Objects.requireNonNull(pack, "pack");
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public Text text() {
            return render("location.inherited." + kind.name().toLowerCase(java.util.Locale.ROOT), "pack", pack, "parent", parent, "id", id);
        }

        /** Returns the English rendering, such as {@code "vn.child@1 (inherited from vn.base@1) criterion fibre"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A rule-pack document whose version could not be read, by the id it gives (or, without one, its file's
     * name) and the name of its file.
     *
     * @param packId the id the document gives, or its file's name
     * @param file   the name of the file it was read from
     */
    @API(status = STABLE, since = "0.1")
    record PackFile(String packId, String file) implements Location {
        /**
         * Checks the parts are present.
         *
         * @param packId the id, not null
         * @param file   the file's name, not null
         */
        public PackFile {
            Objects.requireNonNull(packId, "packId");
            Objects.requireNonNull(file, "file");
        }

        @Override
        public Text text() {
            return render("location.packFile", "pack", packId, "file", file);
        }

        /** Returns the English rendering, such as {@code "Bad Id (header.json)"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A provider of rule packs that {@link java.util.ServiceLoader} found, by its class; empty when the service
     * loader could not load a provider at all.
     *
     * @param className the provider's class name; empty when it is not known
     */
    @API(status = STABLE, since = "0.1")
    record Provider(Optional<String> className) implements Location {
        /**
         * Checks the part is present.
         *
         * @param className the provider's class name, not null (empty when not known)
         */
        public Provider {
            Objects.requireNonNull(className, "className");
        }

        @Override
        public Text text() {
            return className.map(c -> render("location.provider", "provider", c)).orElseGet(() -> render("location.serviceLoader"));
        }

        /** Returns the English rendering, such as {@code "provider org.example.MyPacks"} or {@code "ServiceLoader"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A dataset a pack's test case names by its file, by the name it was read as.
     *
     * @param name the file's name or path
     */
    @API(status = STABLE, since = "0.1")
    record Dataset(String name) implements Location {
        /**
         * Checks the name is present.
         *
         * @param name the file's name or path, not null
         */
        public Dataset {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public Text text() {
            return render("location.dataset", "name", name);
        }

        /** Returns the English rendering, such as {@code "dataset households.json"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /** The JSON report of an assessment that is read back (or written to be compared with what was read). */
    @API(status = STABLE, since = "0.1")
    record Report() implements Location {
        @Override
        public Text text() {
            return render("location.report");
        }

        /** Returns {@code "assessment"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * A metric of the vocabulary a registry reads its packs against, by its id: where two different metrics
     * given with one id clash.
     *
     * @param metricId the metric's id
     */
    @API(status = STABLE, since = "0.1")
    record VocabularyMetric(String metricId) implements Location {
        /**
         * Checks the id is present.
         *
         * @param metricId the metric's id, not null
         */
        public VocabularyMetric {
            Objects.requireNonNull(metricId, "metricId");
        }

        @Override
        public Text text() {
            return render("location.vocabularyMetric", "id", metricId);
        }

        /** Returns the English rendering, such as {@code "metric residents"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /**
     * The name of a report format asked for, such as {@code ReportFormat.named("htm")}.
     *
     * @param name the name as given
     */
    @API(status = STABLE, since = "0.1")
    record FormatName(String name) implements Location {
        /**
         * Checks the name is present.
         *
         * @param name the name as given, not null
         */
        public FormatName {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public Text text() {
            return render("location.formatName", "name", name);
        }

        /** Returns the English rendering, such as {@code "report format 'htm'"}. */
        @Override
        public String toString() {
            return text().en();
        }
    }

    /** Renders the location template {@code key}; a {@link Location} or {@link Text} argument gives each language its own. */
    private static Text render(String key, Object... args) {
        return Text.of(cut(fill(key, args, true)), cut(fill(key, args, false)));
    }

    private static String fill(String key, Object[] args, boolean vietnamese) {
        return Catalog.MESSAGES.fill(key, vietnamese, name -> {
            for (int i = 0; i < args.length; i += 2) {
                if (args[i].equals(name)) {
                    Object v = args[i + 1];
                    Text t = v instanceof Location l ? l.text() : v instanceof Text x ? x : null;
                    return t != null ? (vietnamese ? t.vi() : t.en()) : String.valueOf(v);
                }
            }
            return null;
        });
    }

    /** Puts the place a location was read before it: {@code "units.csv row 4 (unit thon-1)"}. */
    private static Text read(Optional<Location> readAt, Text subject) {
        return readAt.map(at -> render("location.readAt", "origin", at, "subject", subject)).orElse(subject);
    }

    /** Cuts a rendering to 1,000 characters and makes it well-formed, so that any writer can print it. */
    private static String cut(String s) {
        return Strings.wellFormed(Strings.cut(s, 1000));
    }
}
