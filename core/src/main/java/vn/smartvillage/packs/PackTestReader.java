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

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
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
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.packs.testing.Expectation;
import vn.smartvillage.packs.testing.PackTestCase;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;

/** Reads the test cases of a resolved pack: their datasets, inline or in files beside the pack, and their expectations. */
final class PackTestReader {

    private static final Set<String> TEST_FIELDS = TestCaseFormat.TEST.names();
    private static final Set<String> EXPECT_FIELDS = TestCaseFormat.EXPECTATION.names();

    private final PackSource source;
    private final RulePack pack;
    private final ReadLimits limits;
    private final Location where;
    private final List<Problem> problems;
    private final Map<String, Metric<?>> catalog;

    /**
     * @param where    where the pack's problems are: its document ("id@version (file)")
     * @param problems where problems found outside the pack document (a dataset file) go
     */
    PackTestReader(PackSource source, RulePack pack, ReadLimits limits, Location where, List<Problem> problems) {
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
            t.refuse("packFile.exactlyOne", "fields", "dataset, datasetFile");
        } else if (inline) {
            dataset = dataset(t.get("dataset"), Places.pointer(where, t.get("dataset").pointer()));
        } else {
            dataset = t.get("datasetFile").string().flatMap(rel -> datasetFile(t.get("datasetFile"), rel));
        }
        List<Expectation> expectations = new ArrayList<>();
        List<Cursor> expect = t.get("expect").required() ? t.get("expect").elements() : List.of();
        if (t.get("expect").present() && t.get("expect").arraySize() == 0) {
            t.get("expect").refuse("packTest.expect.none");
        }
        for (Cursor e : expect) {
            expectation(e).ifPresent(expectations::add);
        }
        if (t.diagnostics().size() != before || dataset.isEmpty() || name.isEmpty() || asOf.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PackTestCase(name.get(), asOf.get(), dataset.get(), expectations));
    }

    private Optional<Dataset> dataset(Cursor c, Location location) {
        Optional<DatasetBuilder> b = DatasetTree.read(c, catalog, limits);
        if (b.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(b.get().build());
        } catch (SmartVillageException e) {
            e.problems().forEach(p -> problems.add(p.withLocation(Places.within(location, p.location()))));
            return Optional.empty();
        }
    }

    private Optional<Dataset> datasetFile(Cursor at, String relative) {
        if (!source.namesFiles()) {
            at.refuse("packTest.datasetFile.text");
            return Optional.empty();
        }
        Optional<PackSource> file = source.sibling(relative);
        if (file.isEmpty()) {
            at.refuse("packTest.datasetFile.path", "path", relative);
            return Optional.empty();
        }
        String name = file.get().name();
        try (InputStream in = file.get().open()) {
            Diagnostics d = new Diagnostics();
            Cursor root = Cursor.root(JsonFormats.read(in, JsonFormats.Syntax.of(relative), limits), d);
            Optional<Dataset> out = dataset(root, Places.dataset(file.get().fileName()));
            problems.addAll(d.toProblems(Places.dataset(file.get().fileName())));
            return d.isEmpty() ? out : Optional.empty();
        } catch (SafeFiles.Refused e) {
            at.refuse("packTest.datasetFile.notRead", "path", relative, "why", Messages.label(e.key()));
        } catch (IOException e) {
            at.refuse("packTest.datasetFile.unreadable", "path", relative, "message", String.valueOf(e.getMessage()));
        } catch (JsonFormats.SyntaxError e) {
            problems.add(e.problem(Places.dataset(name)));
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
            e.refuse("packTest.expect.statusOrGap");
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
                String code = switch (kind.get()) {
                    case "criterion" -> "packTest.expect.unknownCriterion";
                    case "certification" -> "packTest.expect.unknownCertification";
                    default -> "packTest.expect.unknownTarget";
                };
                ref.refuse(code, Suggestions.suggesting(id.get(), known, "id", id.get()));
            }
            if (kind.get().equals("certification") && e.get("gap").present()) {
                e.get("gap").refuse("packTest.expect.certificationGap");
            }
        }
        if (e.diagnostics().size() != before) {
            return Optional.empty();
        }
        RuleKind k = RuleKind.valueOf(kind.get().toUpperCase(java.util.Locale.ROOT));
        if (status.isPresent() && gap.isPresent()) {
            return Optional.of(new Expectation(unit.get(), k, id.get(), status.get(), gap.get()));
        }
        return Optional.of(status.map(x -> new Expectation(unit.get(), k, id.get(), x))
                .orElseGet(() -> new Expectation(unit.get(), k, id.get(), gap.orElseThrow())));
    }
}
