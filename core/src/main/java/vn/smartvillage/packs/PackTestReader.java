package vn.smartvillage.packs;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.data.InvalidDatasetException;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.internal.SafeFiles;
import vn.smartvillage.internal.format.TestCaseFormat;
import vn.smartvillage.internal.format.Values;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.DatasetTree;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.JsonFormats;
import vn.smartvillage.internal.json.MetricCatalog;
import vn.smartvillage.internal.json.Suggestions;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.packs.testing.Expectation;
import vn.smartvillage.packs.testing.PackTestCase;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;

/** Reads the test cases of a resolved pack: their datasets, inline or in files beside the pack, and their expectations. */
final class PackTestReader {

    private static final Set<String> TEST_FIELDS = TestCaseFormat.TEST.names();
    private static final Set<String> EXPECT_FIELDS = TestCaseFormat.EXPECTATION.names();

    private final PackSource source;
    private final RulePack pack;
    private final ReadLimits limits;
    private final String where;
    private final List<Problem> problems;
    private final Map<String, Metric<?>> catalog;

    /**
     * @param where    how the pack's problems are located ("id@version (file)")
     * @param problems where problems found outside the pack document (a dataset file) go
     */
    PackTestReader(PackSource source, RulePack pack, ReadLimits limits, String where, List<Problem> problems) {
        this.source = source;
        this.pack = pack;
        this.limits = limits;
        this.where = where;
        this.problems = problems;
        this.catalog = MetricCatalog.of(pack.vocabulary(), pack.metrics());
    }

    Optional<PackTestCase> read(Cursor t) {
        if (!t.required() || !t.object(TEST_FIELDS)) {
            return Optional.empty();
        }
        int before = t.diagnostics().size();
        Optional<String> name = t.get("name").requiredString();
        Optional<LocalDate> asOf = t.get("asOf").required() ? t.get("asOf").date() : Optional.empty();
        Optional<Dataset> dataset = Optional.empty();
        boolean inline = t.get("dataset").present();
        boolean file = t.get("datasetFile").present();
        if (inline == file) {
            t.problem("cần đúng một trong: dataset, datasetFile", "needs exactly one of: dataset, datasetFile");
        } else if (inline) {
            dataset = dataset(t.get("dataset"), where + " " + t.get("dataset").pointer());
        } else {
            dataset = t.get("datasetFile").string().flatMap(rel -> datasetFile(t.get("datasetFile"), rel));
        }
        List<Expectation> expectations = new ArrayList<>();
        List<Cursor> expect = t.get("expect").required() ? t.get("expect").elements() : List.of();
        if (t.get("expect").present() && t.get("expect").arraySize() == 0) {
            t.get("expect").problem("một trường hợp kiểm thử cần ít nhất một kết quả mong đợi", "a test case expects at least one result");
        }
        for (Cursor e : expect) {
            expectation(e).ifPresent(expectations::add);
        }
        if (t.diagnostics().size() != before || dataset.isEmpty() || name.isEmpty() || asOf.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PackTestCase(name.get(), asOf.get(), dataset.get(), expectations));
    }

    private Optional<Dataset> dataset(Cursor c, String location) {
        Optional<DatasetBuilder> b = DatasetTree.read(c, catalog, limits);
        if (b.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(b.get().build());
        } catch (InvalidDatasetException e) {
            e.problems().forEach(p -> problems.add(new Problem(location + ": " + p.location(), p.reason())));
            return Optional.empty();
        }
    }

    private Optional<Dataset> datasetFile(Cursor at, String relative) {
        if (!source.namesFiles()) {
            at.problem("gói cho dưới dạng văn bản không thể trỏ tới tệp khác; hãy đặt bộ số liệu ngay trong 'dataset'",
                    "a pack given as text cannot name other files; put the dataset inline under 'dataset'");
            return Optional.empty();
        }
        Optional<PackSource> file = source.sibling(relative);
        if (file.isEmpty()) {
            at.problem("'" + relative + "' phải là đường dẫn tương đối nằm trong thư mục của gói (không có '..', không bắt đầu bằng '/')",
                    "'" + relative + "' must be a relative path inside the pack's folder (no '..', not starting with '/')");
            return Optional.empty();
        }
        String name = file.get().name();
        try (InputStream in = file.get().open()) {
            Diagnostics d = new Diagnostics();
            Cursor root = Cursor.root(JsonFormats.read(in, JsonFormats.Syntax.of(relative), limits), d);
            Optional<Dataset> out = dataset(root, "dataset " + file.get().fileName());
            problems.addAll(d.toProblems("dataset " + file.get().fileName()));
            return d.isEmpty() ? out : Optional.empty();
        } catch (SafeFiles.Refused e) {
            at.problem("không đọc tệp '" + relative + "': " + e.vi(), "the file '" + relative + "' is not read: " + e.en());
        } catch (IOException e) {
            at.problem("không đọc được tệp '" + relative + "': " + e.getMessage(), "cannot read the file '" + relative + "': " + e.getMessage());
        } catch (JsonFormats.SyntaxError e) {
            problems.add(Problem.at("dataset " + name, e.vi(), e.en()));
        }
        return Optional.empty();
    }

    private Optional<Expectation> expectation(Cursor e) {
        if (!e.required() || !e.object(EXPECT_FIELDS)) {
            return Optional.empty();
        }
        int before = e.diagnostics().size();
        Optional<String> unit = e.get("unit").requiredString();
        Optional<String> kind = Values.kindOf(e, Set.of("criterion", "certification", "target"));
        Optional<String> id = kind.flatMap(k -> e.get(k).requiredString());
        Optional<Status> status = e.get("status").enumValue(Status.class);
        Optional<Long> gap = e.get("gap").integer(0, Long.MAX_VALUE);
        if (!e.get("status").present() && !e.get("gap").present()) {
            e.problem("cần 'status', 'gap' hoặc cả hai", "needs a 'status', a 'gap' or both");
        }
        if (kind.isPresent() && id.isPresent()) {
            Cursor ref = e.get(kind.get());
            Function<String, Boolean> exists = switch (kind.get()) {
                case "criterion" -> x -> pack.criterion(x).isPresent();
                case "certification" -> x -> pack.certification(x).isPresent();
                default -> x -> pack.target(x).isPresent();
            };
            if (!exists.apply(id.get())) {
                List<String> known = switch (kind.get()) {
                    case "criterion" -> pack.criteria().stream().map(Criterion::id).toList();
                    case "certification" -> pack.certifications().stream().map(Certification::id).toList();
                    default -> pack.targets().stream().map(Target::id).toList();
                };
                String[] hint = Suggestions.hint(id.get(), known);
                ref.problem("gói không có '" + id.get() + "'" + hint[0], "the pack has no " + kind.get() + " '" + id.get() + "'" + hint[1]);
            }
            if (kind.get().equals("certification") && e.get("gap").present()) {
                e.get("gap").problem("danh hiệu không có khoảng cách; hãy kiểm tra khoảng cách của từng tiêu chí",
                        "a certification has no gap; check the gap of each criterion instead");
            }
        }
        if (e.diagnostics().size() != before) {
            return Optional.empty();
        }
        Expectation.Kind k = Expectation.Kind.valueOf(kind.get().toUpperCase(java.util.Locale.ROOT));
        if (status.isPresent() && gap.isPresent()) {
            return Optional.of(new Expectation(unit.get(), k, id.get(), status.get(), gap.get()));
        }
        return Optional.of(status.map(x -> new Expectation(unit.get(), k, id.get(), x))
                .orElseGet(() -> new Expectation(unit.get(), k, id.get(), gap.orElseThrow())));
    }
}
