package vn.smartvillage.internal.location;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import vn.smartvillage.Location;
import vn.smartvillage.internal.LocationDoor;

/**
 * Makes the locations of problems, one factory per kind of place, each checking its parts. A location is
 * the catalog key of its template ({@code location.*} in {@code messages_*.properties}), the template's
 * arguments, and where it was read; this class is the one place that knows which kind takes which parts.
 */
public final class Places {

    // The root package's implementation installs its maker when it is loaded.
    private static final LocationDoor.Maker<Location> MAKER = LocationDoor.maker(Location.class, "vn.smartvillage.Place");

    /** What an element of a rule pack is. */
    public enum Kind {
        /** A criterion. */
        CRITERION,
        /** A target. */
        TARGET,
        /** A certification. */
        CERTIFICATION,
        /** A metric. */
        METRIC;

        /** {@return the word of the catalog keys, such as {@code "criterion"}} */
        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Places() {
    }

    private static Location make(String key, Optional<Location> readAt, Object... arguments) {
        return MAKER.make(key, List.of(arguments), readAt);
    }

    private static Location make(String key, Object... arguments) {
        return make(key, Optional.empty(), arguments);
    }

    /**
     * {@return a unit of a dataset, not read from a file: {@code unit kha-ly-thuong}}
     *
     * @param unitId the unit's id, as the input gives it
     */
    public static Location unit(String unitId) {
        return make("location.unit", "unit", Objects.requireNonNull(unitId, "unitId"));
    }

    /**
     * {@return a unit read at {@code readAt}: {@code units.csv row 4 (unit thon-1)}}
     *
     * @param unitId the unit's id, as the input gives it
     * @param readAt where it was read, such as a row of a table
     */
    public static Location unit(String unitId, Location readAt) {
        return make("location.unit", Optional.of(Objects.requireNonNull(readAt, "readAt")), "unit", Objects.requireNonNull(unitId, "unitId"));
    }

    /**
     * {@return the figure a unit carries for a metric, not read from a file: {@code unit kha-ly-thuong, metric residents}}
     *
     * @param unitId   the unit's id
     * @param metricId the metric's id
     */
    public static Location figure(String unitId, String metricId) {
        return make("location.figure", "unit", Objects.requireNonNull(unitId, "unitId"), "metric", Objects.requireNonNull(metricId, "metricId"));
    }

    /**
     * {@return the figure a unit carries for a metric, read at {@code readAt}}
     *
     * @param unitId   the unit's id
     * @param metricId the metric's id
     * @param readAt   where the figure (or, when its own place is not known, its unit) was read
     */
    public static Location figure(String unitId, String metricId, Location readAt) {
        return make("location.figure", Optional.of(Objects.requireNonNull(readAt, "readAt")), "unit", Objects.requireNonNull(unitId, "unitId"),
                "metric", Objects.requireNonNull(metricId, "metricId"));
    }

    /**
     * {@return a household record of a village, not read from a file: {@code village kha-ly-thuong, household #2}}
     *
     * @param villageId the village's id
     * @param number    the household's number among the village's records, from 1, in the order they were given
     * @throws IllegalArgumentException if {@code number} is below 1
     */
    public static Location household(String villageId, int number) {
        return household(villageId, number, Optional.empty());
    }

    /**
     * {@return a household record of a village, read at {@code readAt}}
     *
     * @param villageId the village's id
     * @param number    the household's number among the village's records, from 1
     * @param readAt    where the record was read, such as a row of a table
     * @throws IllegalArgumentException if {@code number} is below 1
     */
    public static Location household(String villageId, int number, Location readAt) {
        return household(villageId, number, Optional.of(Objects.requireNonNull(readAt, "readAt")));
    }

    private static Location household(String villageId, int number, Optional<Location> readAt) {
        Objects.requireNonNull(villageId, "villageId");
        if (number < 1) {
            throw new IllegalArgumentException("households are numbered from 1, got " + number);
        }
        return make("location.household", readAt, "village", villageId, "number", number);
    }

    /**
     * {@return one fact of a household record: {@code village v, household #2, metric household.fibre}}
     *
     * @param household the household, as {@link #household(String, int)} makes it
     * @param metricId  the id of the household metric
     * @throws IllegalArgumentException if {@code household} is not a household record
     */
    public static Location householdFigure(Location household, String metricId) {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(metricId, "metricId");
        if (household.household().isEmpty() || household.metricId().isPresent()) {
            throw new IllegalArgumentException("not a household record: " + household);
        }
        return make("location.householdFigure", "household", household, "metric", metricId);
    }

    /**
     * {@return all the household records given for one village, from the first:
     * {@code village v, household #1 (and the rest of its 40)}}
     *
     * @param villageId the village's id
     * @param count     how many records were given, 1 or more
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public static Location households(String villageId, int count) {
        Objects.requireNonNull(villageId, "villageId");
        if (count < 1) {
            throw new IllegalArgumentException("a village's records are at least one, got " + count);
        }
        return make("location.households", "village", villageId, "count", count);
    }

    /**
     * {@return an organisation of a dataset, not read from a file: {@code organisation htx-1}}
     *
     * @param organisationId the organisation's id
     */
    public static Location organisation(String organisationId) {
        return make("location.organisation", "organisation", Objects.requireNonNull(organisationId, "organisationId"));
    }

    /**
     * {@return an organisation of a dataset, read at {@code readAt}}
     *
     * @param organisationId the organisation's id
     * @param readAt         where it was read
     */
    public static Location organisation(String organisationId, Location readAt) {
        return make("location.organisation", Optional.of(Objects.requireNonNull(readAt, "readAt")), "organisation",
                Objects.requireNonNull(organisationId, "organisationId"));
    }

    /**
     * {@return a field of a record, such as a unit's name: {@code unit x, field name}}
     *
     * @param record the record, such as a unit
     * @param field  the field's name as the API spells it, such as {@code "name"}
     */
    public static Location field(Location record, String field) {
        return make("location.field", "record", Objects.requireNonNull(record, "record"), "field", Objects.requireNonNull(field, "field"));
    }

    /**
     * {@return a whole document or file (or a folder of them), by the name it was given, rendered as it is}
     *
     * @param name the document's name, such as a file name or a path
     * @throws IllegalArgumentException if the name is blank
     */
    public static Location document(String name) {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("a document is named");
        }
        return make("location.document", "name", name);
    }

    /**
     * {@return a row of a table: {@code units.csv row 4}}
     *
     * @param document the table's name, such as {@code "units.csv"}
     * @param row      the row's number, the header being row 1
     * @throws IllegalArgumentException if {@code row} is below 1
     */
    public static Location row(String document, long row) {
        Objects.requireNonNull(document, "document");
        if (row < 1) {
            throw new IllegalArgumentException("rows are numbered from 1, got " + row);
        }
        return make("location.row", "document", document, "row", row);
    }

    /**
     * {@return a cell of a table: {@code villages.csv row 3, column 'Số hộ'}}
     *
     * @param document the table's name, such as {@code "villages.csv"}
     * @param row      the row's number, the header being row 1
     * @param column   the column's header, as the table writes it (trimmed)
     * @throws IllegalArgumentException if {@code row} is below 1
     */
    public static Location cell(String document, long row, String column) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(column, "column");
        if (row < 1) {
            throw new IllegalArgumentException("rows are numbered from 1, got " + row);
        }
        return make("location.cell", "document", document, "row", row, "column", column);
    }

    /**
     * {@return a column of a table, or of the column mapping, by its header: {@code mapping column 'Số hộ'}}
     *
     * @param table  the table, such as a {@linkplain #document(String) document}, or the {@linkplain #mapping() mapping}
     * @param column the column's header
     */
    public static Location column(Location table, String column) {
        return make("location.column", "table", Objects.requireNonNull(table, "table"), "column", Objects.requireNonNull(column, "column"));
    }

    /** {@return the column mapping of a CSV import given in Java (a mapping file is a document): {@code mapping}} */
    public static Location mapping() {
        return make("location.mapping");
    }

    /**
     * {@return a place inside a JSON or YAML document, by its JSON pointer (RFC 6901): {@code quang-minh.json /units/0/level}}
     *
     * @param document the document, such as a {@linkplain #document(String) document} or a {@linkplain #packVersion(String, String, String) pack version}
     * @param pointer  the JSON pointer, empty for the whole document (written {@code /})
     */
    public static Location pointer(Location document, String pointer) {
        return make("location.pointer", "document", Objects.requireNonNull(document, "document"), "pointer",
                Objects.requireNonNull(pointer, "pointer"));
    }

    /**
     * {@return a place named inside a document that was read as a whole, such as a unit of a JSON dataset:
     * {@code quang-minh.json: unit xa, metric work-records}}
     *
     * @param document the document
     * @param inner    the place inside it
     */
    public static Location within(Location document, Location inner) {
        return make("location.within", "document", Objects.requireNonNull(document, "document"), "inner", Objects.requireNonNull(inner, "inner"));
    }

    /**
     * {@return a rule pack, by its id: {@code pack vn.example}}
     *
     * @param packId the pack's id
     */
    public static Location pack(String packId) {
        return make("location.pack", "pack", Objects.requireNonNull(packId, "packId"));
    }

    /**
     * {@return one version of a rule pack, not read from a file: {@code vn.example@2}}
     *
     * @param packId  the pack's id
     * @param version the pack's version
     */
    public static Location packVersion(String packId, String version) {
        return make("location.packVersion", "pack", Objects.requireNonNull(packId, "packId"), "version", Objects.requireNonNull(version, "version"));
    }

    /**
     * {@return one version of a rule pack, and the file it was read from: {@code vn.example@2 (example.json)}}
     *
     * @param packId  the pack's id
     * @param version the pack's version
     * @param file    the name of the file it was read from
     */
    public static Location packVersion(String packId, String version, String file) {
        return make("location.packVersion.file", "pack", Objects.requireNonNull(packId, "packId"), "version",
                Objects.requireNonNull(version, "version"), "file", Objects.requireNonNull(file, "file"));
    }

    /**
     * {@return a criterion, target, certification or metric of a rule pack: {@code pack vn.example, criterion fibre}}
     *
     * @param pack the pack, such as a {@linkplain #pack(String) pack}
     * @param kind what the element is
     * @param id   the element's id
     */
    public static Location packElement(Location pack, Kind kind, String id) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        return make("location.packElement." + kind.key(), "pack", pack, "id", id);
    }

    /**
     * {@return a criterion, target, certification or metric a pack took from the pack it extends, unchanged:
     * {@code vn.child@1 (inherited from vn.base@1) criterion fibre}}
     *
     * @param pack   the pack that inherits it, such as a {@linkplain #packVersion(String, String) pack version}
     * @param parent the pack it comes from
     * @param kind   what the element is
     * @param id     the element's id
     */
    public static Location inherited(Location pack, Location parent, Kind kind, String id) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        return make("location.inherited." + kind.key(), "pack", pack, "parent", parent, "id", id);
    }

    /**
     * {@return a rule-pack document whose version could not be read, by the id it gives (or, without one, its
     * file's name) and the name of its file: {@code Bad Id (header.json)}}
     *
     * @param packId the id the document gives, or its file's name
     * @param file   the name of the file it was read from
     */
    public static Location packFile(String packId, String file) {
        return make("location.packFile", "pack", Objects.requireNonNull(packId, "packId"), "file", Objects.requireNonNull(file, "file"));
    }

    /**
     * {@return a provider of rule packs that {@link java.util.ServiceLoader} found, by its class:
     * {@code provider org.example.MyPacks}}
     *
     * @param className the provider's class name
     */
    public static Location provider(String className) {
        return make("location.provider", "provider", Objects.requireNonNull(className, "className"));
    }

    /** {@return the service loader, when it could not load a provider at all: {@code ServiceLoader}} */
    public static Location provider() {
        return make("location.serviceLoader");
    }

    /**
     * {@return a dataset a pack's test case names by its file, by the name it was read as: {@code dataset households.json}}
     *
     * @param name the file's name or path
     */
    public static Location dataset(String name) {
        return make("location.dataset", "name", Objects.requireNonNull(name, "name"));
    }

    /** {@return the JSON report of an assessment that is read back (or written to be compared with what was read): {@code assessment}} */
    public static Location report() {
        return make("location.report");
    }

    /**
     * {@return a metric of the vocabulary a registry reads its packs against, by its id, where two different
     * metrics given with one id clash: {@code metric residents}}
     *
     * @param metricId the metric's id
     */
    public static Location vocabularyMetric(String metricId) {
        return make("location.vocabularyMetric", "id", Objects.requireNonNull(metricId, "metricId"));
    }

    /**
     * {@return the name of a report format asked for, such as {@code ReportFormat.named("htm")}: {@code report format 'htm'}}
     *
     * @param name the name as given
     */
    public static Location formatName(String name) {
        return make("location.formatName", "name", Objects.requireNonNull(name, "name"));
    }

    /** {@return the problems of an input that were counted but not listed one by one: {@code …}} */
    public static Location rest() {
        return make("location.rest");
    }
}
