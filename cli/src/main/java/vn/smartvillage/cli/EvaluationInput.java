package vn.smartvillage.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code evaluate} and {@code explain} evaluate: the dataset (a JSON or YAML file, standard input, CSV
 * tables with their mapping, .xlsx workbooks, or a folder holding them), a pack id and a date (a picocli
 * mixin). See {@link DatasetInputs} for how the inputs are told apart.
 */
final class EvaluationInput {

    @Option(names = "--pack", required = true, paramLabel = "ID", description = "the pack id, such as vn.bac-giang.ntm-digital")
    String packId;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the date whose rules apply (yyyy-mm-dd or dd/mm/yyyy);"
        + " default: the dataset's date")
    LocalDate asOf;

    @Parameters(paramLabel = "DATA", arity = "0..*", description = {"the dataset (docs/datasets.md): a .json or .yaml file, - for"
        + " standard input (JSON or YAML), CSV tables (.csv, .tsv), .xlsx workbooks (a sheet per table), or a folder holding"
        + " them; tables are told apart by their headers, and a folder's .json or .yaml files beside tables are their mappings"})
    List<String> data = new ArrayList<>();

    @Option(names = "--units", paramLabel = "FILE", description = "a CSV table of units: id, parent, level, name (repeatable)")
    List<Path> units = new ArrayList<>();

    @Option(names = "--observations", paramLabel = "FILE", description = "a CSV table of figures: id, then a column per metric"
        + " (repeatable)")
    List<Path> observations = new ArrayList<>();

    @Option(names = "--households", paramLabel = "FILE", description = "a CSV table of households: village, then a column per"
        + " household fact (repeatable)")
    List<Path> households = new ArrayList<>();

    @Option(names = "--organisations", paramLabel = "FILE", description = "a CSV table of organisations: id, name, kind, unit"
        + " (repeatable)")
    List<Path> organisations = new ArrayList<>();

    @Option(names = "--mapping", paramLabel = "FILE", description = "what each header of the tables means, JSON or YAML"
        + " (docs/csv-mapping.schema.json; repeatable)")
    List<Path> mappings = new ArrayList<>();

    @Option(names = "--data-date", paramLabel = "DATE", description = "the day the figures of CSV tables and workbooks describe"
        + " (a JSON dataset says it itself); default: --as-of")
    LocalDate dataDate;

    @Option(names = "--max-dataset-size", paramLabel = "MIB", description = "the largest JSON or YAML dataset read, in MiB"
        + " (default: ${DEFAULT-VALUE})", defaultValue = "32")
    int maxDatasetMib;

    @Option(names = "--max-units", paramLabel = "N", description = "the most units and households read (default: ${DEFAULT-VALUE})",
        defaultValue = "2000000")
    int maxUnits;

    @Mixin
    PackFolders packs;

    /** Loads the packs, reads the dataset, picks the pack's version in force and evaluates. */
    Inputs.Evaluated evaluate(Progress progress) throws Exception {
        return Inputs.evaluate(packs.folders, packId, this, progress);
    }

    /** The dataset's name in messages: its file, folder, or the first table. */
    String name() {
        if (!data.isEmpty()) {
            return data.size() == 1 ? data.get(0) : String.join(", ", data);
        }
        List<Path> all = new ArrayList<>(units);
        all.addAll(observations);
        all.addAll(households);
        all.addAll(organisations);
        return all.isEmpty() ? "" : String.valueOf(all.get(0).getFileName());
    }
}
