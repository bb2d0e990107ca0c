package vn.smartvillage.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.io.DatasetCsv;
import vn.smartvillage.io.DatasetJson;
import vn.smartvillage.metric.Metric;

/**
 * Reads the dataset {@code evaluate} and {@code explain} are given, a thin layer over the library's readers:
 * a JSON or YAML file, or {@code -} for standard input ({@link DatasetJson}); CSV tables and .xlsx workbooks
 * ({@link DatasetCsv}, each sheet of a workbook a table, written as CSV by {@link Workbooks}), told apart by
 * their headers through the mappings, or named by {@code --units}, {@code --observations}, {@code
 * --households} and {@code --organisations}; or a folder holding either. In a folder with tables, the .json
 * and .yaml files are the tables' mappings; in a folder without, the one .json or .yaml file is the dataset.
 */
final class DatasetInputs {

    private static final Set<String> TABLES = Set.of("csv", "tsv");
    private static final Set<String> WORKBOOKS = Set.of("xlsx", "xlsm");
    private static final Set<String> JSON = Set.of("json", "yaml", "yml");
    /** Spreadsheets the tool cannot read, which their program can save as .xlsx or CSV. */
    private static final Set<String> OTHER_SPREADSHEETS = Set.of("xls", "xlsb", "ods", "numbers");
    /** The name of standard input in problems. */
    static final String STDIN = "-";

    private DatasetInputs() {
    }

    /** What the command line names: at most one JSON dataset, or tables, workbooks and mappings. */
    private static final class Found {
        final List<String> datasets = new ArrayList<>();
        final List<Path> tables = new ArrayList<>();
        final List<Path> workbooks = new ArrayList<>();
        final List<Path> mappings = new ArrayList<>();
    }

    /** Reads the dataset; its figures may use {@code metrics}, and tables without a date describe {@code asOf}. */
    static Dataset read(EvaluationInput in, LocalDate asOf, List<Metric<?>> metrics, Progress progress) throws Exception {
        if (in.maxDatasetMib < 1 || in.maxDatasetMib > 2047) {
            throw new UserError(CliText.both("error.limit.range", "option", "--max-dataset-size", "value", in.maxDatasetMib),
                    CliText.both("fix.limit.range", "option", "--max-dataset-size", "max", 2047));
        }
        if (in.maxUnits < 1) {
            throw new UserError(CliText.both("error.limit.range", "option", "--max-units", "value", in.maxUnits),
                    CliText.both("fix.limit.range", "option", "--max-units", "max", Integer.MAX_VALUE));
        }
        ReadLimits limits = ReadLimits.DEFAULTS.withMaxDocumentBytes((long) in.maxDatasetMib << 20).withMaxUnits(in.maxUnits);
        Found found = new Found();
        for (String d : in.data) {
            add(d, found);
        }
        found.mappings.addAll(in.mappings);
        boolean tables = !found.tables.isEmpty() || !found.workbooks.isEmpty() || !in.units.isEmpty() || !in.observations.isEmpty()
                || !in.households.isEmpty() || !in.organisations.isEmpty();
        if (found.datasets.size() > 1) {
            throw new UserError(CliText.both("error.input.twoDatasets", "files", String.join(", ", found.datasets)),
                    CliText.both("fix.input.twoDatasets"));
        }
        try {
            if (found.datasets.size() == 1) {
                String dataset = found.datasets.get(0);
                if (tables || !found.mappings.isEmpty()) {
                    throw new UserError(CliText.both("error.input.mixed", "file", dataset), CliText.both("fix.input.mixed"));
                }
                if (in.dataDate != null) {
                    throw new UserError(CliText.both("error.input.dataDateJson", "file", dataset), CliText.both("fix.input.dataDateJson"));
                }
                return json(dataset, metrics, limits, progress);
            }
            if (!tables) {
                throw new UserError(CliText.both("error.input.none"), CliText.both("fix.input.none"));
            }
            LocalDate day = in.dataDate != null ? in.dataDate : asOf;
            if (day == null) {
                throw new UserError(CliText.both("error.input.noDate"), CliText.both("fix.input.noDate"));
            }
            return tables(in, found, day, metrics, limits, progress);
        } catch (SmartVillageException e) {
            throw limited(e, in);
        }
    }

    /** A refusal for a limit, with the option that raises it; any other problems as they are. */
    private static RuntimeException limited(SmartVillageException e, EvaluationInput in) {
        for (Problem p : e.problems()) {
            if (p.code().equals("syntax.tooLarge")) {
                return UserError.located(e, CliText.both("fix.limit.size", "max", in.maxDatasetMib));
            }
            if (p.code().equals("datasetJson.tooMany") || p.code().equals("csv.rows.tooMany")) {
                return UserError.located(e, CliText.both("fix.limit.units", "max", in.maxUnits));
            }
        }
        return e;
    }

    private static String extension(Path p) {
        String name = String.valueOf(p.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void add(String argument, Found found) {
        if (argument.equals(STDIN)) {
            found.datasets.add(STDIN);
            return;
        }
        Path p = Path.of(argument);
        if (Files.isDirectory(p)) {
            folder(p, found);
            return;
        }
        if (!Files.exists(p)) {
            throw new UserError(CliText.both("error.input.noFile", "file", p), CliText.both("fix.input.noFile"));
        }
        String ext = extension(p);
        if (TABLES.contains(ext)) {
            found.tables.add(p);
        } else if (WORKBOOKS.contains(ext)) {
            found.workbooks.add(p);
        } else if (OTHER_SPREADSHEETS.contains(ext)) {
            throw new UserError(CliText.both("error.input.spreadsheet", "file", p), CliText.both("fix.input.spreadsheet"));
        } else {
            // .json, .yaml, or any other name: read as JSON (YAML by its name), as it always was.
            found.datasets.add(argument);
        }
    }

    private static void folder(Path dir, Found found) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(f -> !String.valueOf(f.getFileName()).startsWith("."))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UserError(CliText.both("error.input.folder", "file", dir, "reason", String.valueOf(e.getMessage())),
                    CliText.both("fix.input.folder"));
        }
        // A spreadsheet the tool cannot read is said, never skipped: its figures would be missing from the report.
        files.stream().filter(f -> OTHER_SPREADSHEETS.contains(extension(f))).findFirst().ifPresent(f -> {
            throw new UserError(CliText.both("error.input.spreadsheet", "file", f), CliText.both("fix.input.spreadsheet"));
        });
        List<Path> json = files.stream().filter(f -> JSON.contains(extension(f))).toList();
        List<Path> tables = files.stream().filter(f -> TABLES.contains(extension(f))).toList();
        List<Path> workbooks = files.stream().filter(f -> WORKBOOKS.contains(extension(f))
                && !String.valueOf(f.getFileName()).startsWith("~$")).toList();
        if (!tables.isEmpty() || !workbooks.isEmpty()) {
            found.tables.addAll(tables);
            found.workbooks.addAll(workbooks);
            found.mappings.addAll(json);
        } else if (json.isEmpty()) {
            throw new UserError(CliText.both("error.input.emptyFolder", "file", dir), CliText.both("fix.input.none"));
        } else {
            json.forEach(f -> found.datasets.add(f.toString()));
        }
    }

    private static Dataset json(String dataset, List<Metric<?>> metrics, ReadLimits limits, Progress progress) throws Exception {
        if (dataset.equals(STDIN)) {
            // Standard input is the caller's: read, never closed.
            InputStream stdin = new FilterInputStream(System.in) {
                @Override
                public void close() {
                }
            };
            return DatasetJson.read(stdin, "stdin", metrics, limits);
        }
        Path file = Path.of(dataset);
        long size = Files.size(file);
        AtomicLong read = new AtomicLong();
        return progress.run(CliText.both("progress.reading", "file", file.getFileName()), read::get, size, () -> {
            try (InputStream in = new Inputs.Counting(Files.newInputStream(file), read)) {
                return DatasetJson.read(in, file.toString(), metrics, limits);
            }
        });
    }

    private static Dataset tables(EvaluationInput in, Found found, LocalDate day, List<Metric<?>> metrics, ReadLimits limits,
            Progress progress) throws Exception {
        Path temporary = found.workbooks.isEmpty() ? null : Files.createTempDirectory("smartvillage-xlsx");
        try {
            DatasetCsv.Builder b = DatasetCsv.builder(day).metrics(metrics).limits(limits);
            found.mappings.forEach(b::mapping);
            in.units.forEach(b::units);
            in.organisations.forEach(b::organisations);
            in.observations.forEach(b::observations);
            in.households.forEach(b::households);
            found.tables.forEach(b::table);
            long total = 0;
            List<Path> all = new ArrayList<>(found.tables);
            all.addAll(in.units);
            all.addAll(in.organisations);
            all.addAll(in.observations);
            all.addAll(in.households);
            for (Path p : all) {
                total += Files.isRegularFile(p) ? Files.size(p) : 0;
            }
            int n = 0;
            for (Path w : found.workbooks) {
                Path folder = Files.createDirectory(temporary.resolve("book-" + (++n)));
                for (Workbooks.Sheet sheet : Workbooks.toCsv(w, folder)) {
                    b.table(sheet.name(), () -> Files.newInputStream(sheet.csv()));
                }
            }
            Map<String, Long> read = new HashMap<>();
            b.listener(p -> {
                synchronized (read) {
                    read.put(p.file(), p.bytesRead());
                }
            });
            String label = "reading " + (found.tables.size() + in.units.size() + in.observations.size() + in.households.size()
                    + in.organisations.size()) + " tables";
            return progress.run(label, () -> {
                synchronized (read) {
                    return read.values().stream().mapToLong(Long::longValue).sum();
                }
            }, total, b::read);
        } finally {
            if (temporary != null) {
                delete(temporary);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
