package vn.smartvillage.cli;

import java.nio.file.Path;
import java.time.LocalDate;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code evaluate} and {@code explain} evaluate: a dataset, a pack id and a date (a picocli mixin). */
final class EvaluationInput {

    @Option(names = "--pack", required = true, paramLabel = "ID", description = "the pack id, such as vn.bac-giang.ntm-digital")
    String packId;

    @Option(names = "--as-of", paramLabel = "DATE", description = "the date whose rules apply (yyyy-mm-dd); default: the dataset's date")
    LocalDate asOf;

    @Parameters(index = "0", paramLabel = "DATA.json", description = "the dataset (docs/datasets.md)")
    Path data;

    @Mixin
    PackFolders packs;

    /** Loads the packs, reads the dataset, picks the pack's version in force and evaluates. */
    Inputs.Evaluated evaluate(Progress progress) throws Exception {
        return Inputs.evaluate(packs.folders, packId, data, asOf, progress);
    }
}
