package vn.smartvillage.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.SerializedString;
import vn.smartvillage.Fraction;
import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.data.Recognition;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Gap;
import vn.smartvillage.evaluation.RollUp;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.InOrder;
import vn.smartvillage.internal.Sha256Output;
import vn.smartvillage.internal.Sha256Writer;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.format.PackWriter;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.DatasetTree;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.JsonFormats;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.internal.json.Node;
import vn.smartvillage.internal.json.Suggestions;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.internal.results.Results;
import vn.smartvillage.internal.rules.Kinds;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.PackRef;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;

/**
 * The JSON report, in the stable schema of {@code docs/reports.md} and {@code docs/assessment.schema.json}:
 * the pack's id, version and content hash, the dates, and for every unit its criteria, certifications,
 * targets and roll-ups, each with its reason and explanation in both languages. {@link ReportFormat#JSON}
 * writes it; the same assessment always gives the same bytes, and {@link ReportFormat#readJson} reads them
 * back, finding the pack in a registry: writing what it reads gives the same text.
 */
final class JsonReport {

    /** The version of the report schema that {@link ReportFormat#JSON} writes. */
    static final int FORMAT = 2;
    /** The first version, which {@link #read} still reads: every text written out, indented. */
    static final int FORMAT_1 = 1;
    /** The units formatted together on one thread: about 200 KB of report, a few blocks ahead of the writer at most. */
    private static final int BLOCK = 64;

    /** How a gap's direction is written: {@code "add"} or {@code "remove"}. */
    private enum GapDirection {
        ADD, REMOVE
    }

    /** The last field: the SHA-256 of the report without it. */
    private static final String DIGEST = "digest";

    /** The results' constructors, which are not public: reading a report makes the results it describes. */
    private static final Results.Factory<Assessment, UnitAssessment, CriterionResult, CertificationResult, TargetResult, RollUp, Status,
            Gap, RuleKind> MAKE = Results.factory(Assessment.class);

    private JsonReport() {
    }

    /**
     * Writes {@code assessment} to {@code out} in the current format, one unit at a time: memory holds one unit's
     * results, never the whole report. The report names the assessment's pack by id, version and content hash, and ends
     * with a {@code digest}, the SHA-256 of the report without it, which {@link #read} checks. {@code out}
     * is flushed, not closed.
     */
    static void write(Assessment assessment, Writer out) throws IOException {
        write(assessment, out, FORMAT);
    }

    /**
     * Writes {@code assessment} in {@code format}. Format 2 leaves out what the pack and the rest of the report
     * give (explanations, thresholds, percentages, deadlines, empty lists; a gap's subject is written once per
     * rule, in {@code subjects}) and writes a unit on one line; format 1, kept to check a report of that format
     * when it is read, writes everything, indented.
     */
    static void write(Assessment assessment, Writer out, int format) throws IOException {
        write(assessment, out, format, BLOCK);
    }

    /** Writes {@code assessment} in {@code format}, formatting format 2's units {@code block} at a time on any core. */
    static void write(Assessment assessment, Writer out, int format, int block) throws IOException {
        Sha256Writer digesting = new Sha256Writer(out);
        write(assessment, format == FORMAT_1 ? JsonFormats.generator(digesting) : JsonFormats.linesGenerator(digesting), false,
                digesting::hexWith, format, block);
        out.write('\n');
        out.flush();
    }

    /**
     * Writes {@code assessment} in the current format to {@code out} in UTF-8, encoding each character once, as it
     * is written: the same bytes as {@link #write(Assessment, Writer)} through a UTF-8 encoder. {@code out} is
     * flushed, not closed.
     */
    static void write(Assessment assessment, OutputStream out) throws IOException {
        Sha256Output digesting = new Sha256Output(out);
        write(assessment, JsonFormats.linesGenerator(digesting), true, digesting::hexWith, FORMAT, BLOCK);
        out.write('\n');
        out.flush();
    }

    /**
     * Writes the report to {@code generator}, which it closes and which writes UTF-8 bytes when {@code utf8};
     * {@code digestWith} gives the digest of what the generator has written, followed by a suffix.
     */
    private static void write(Assessment assessment, JsonGenerator generator, boolean utf8, java.util.function.UnaryOperator<String> digestWith,
            int format, int block) throws IOException {
        boolean v1 = format == FORMAT_1;
        PackRef ref = assessment.packRef();
        try (JsonGenerator g = generator) {
            g.writeStartObject();
            g.writeNumberProperty("format", format);
            g.writeName("pack");
            JsonOut.object().put("id", ref.id()).put("version", ref.version()).put("contentHash", ref.contentHash()).write(g);
            g.writeStringProperty("asOf", assessment.asOf().toString());
            g.writeStringProperty("dataAsOf", assessment.dataAsOf().toString());
            g.writeArrayPropertyStart("warnings");
            assessment.warnings().forEach(w -> text(g, w));
            g.writeEndArray();
            if (!assessment.recognitions().isEmpty()) {
                // Written only when the dataset records some, so that a report of data without any is as it was.
                JsonOut.Arr recognitions = JsonOut.array();
                assessment.recognitions().forEach(r -> recognitions.add(DatasetTree.write(r, true)));
                g.writeName("recognitions");
                recognitions.write(g);
            }
            Map<String, Text> subjects = v1 ? Map.of() : subjects(assessment);
            if (!subjects.isEmpty()) {
                g.writeObjectPropertyStart("subjects");
                subjects.forEach((id, t) -> text(g, id, t));
                g.writeEndObject();
            }
            g.writeArrayPropertyStart("units");
            List<UnitAssessment> units = assessment.units();
            if (v1) {
                for (UnitAssessment u : units) {
                    unit(g, u, assessment, true, subjects);
                }
            } else {
                // Each unit is made and formatted on any core, a block at a time, and written in order: the same
                // characters as one thread writes.
                // For a generator of bytes, each line is written in UTF-8 where it is made: the writing thread copies bytes.
                InOrder.run(units.size(), block, (from, to) -> {
                    SerializableString[] lines = new SerializableString[to - from];
                    for (int i = from; i < to; i++) {
                        UnitAssessment u = units.get(i);
                        java.util.function.Consumer<JsonGenerator> writing = x -> unit(x, u, assessment, false, subjects);
                        lines[i - from] = utf8 ? JsonFormats.linesAt2Utf8(writing) : new SerializedString(JsonFormats.linesAt2(writing));
                    }
                    return lines;
                }, lines -> {
                    for (SerializableString line : lines) {
                        g.writeRawValue(line);
                    }
                });
            }
            g.writeEndArray();
            g.flush();
            // The document without its digest ends where the digest would start: "\n}\n".
            g.writeStringProperty(DIGEST, "sha256:" + digestWith.apply("\n}\n"));
            g.writeEndObject();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The subject of each rule's gaps (what is to be added or removed), from the first gap of the rule: the same
     * for every unit, so written once. A gap whose subject differs still writes its own.
     */
    private static Map<String, Text> subjects(Assessment assessment) {
        Map<String, Text> subjects = new java.util.LinkedHashMap<>();
        // The rules that can have a gap: once each has its subject, no later unit adds one, and the units are not
        // made here (they are made, on every core, as they are written).
        Set<String> possible = new java.util.HashSet<>();
        assessment.pack().criteria().stream().filter(c -> c.isEncoded()).forEach(c -> possible.add(c.id()));
        assessment.pack().targets().stream().filter(t -> t.indicator().isEncoded()).forEach(t -> possible.add(t.id()));
        for (UnitAssessment u : assessment.units()) {
            if (subjects.size() == possible.size() && subjects.keySet().containsAll(possible)) {
                break;
            }
            for (CriterionResult r : u.criteria()) {
                r.gap().ifPresent(gap -> subjects.putIfAbsent(r.criterion().id(), gap.of()));
            }
            for (TargetResult t : u.targets()) {
                t.result().gap().ifPresent(gap -> subjects.putIfAbsent(t.target().id(), gap.of()));
            }
        }
        return subjects;
    }

    /**
     * Writes one unit's results to {@code g}, field by field: no tree is made, so a unit costs the characters it
     * writes and little else.
     */
    private static void unit(JsonGenerator g, UnitAssessment u, Assessment assessment, boolean v1, Map<String, Text> subjects) {
        g.writeStartObject();
        string(g, "id", u.unit().id());
        string(g, "name", u.unit().name());
        g.writeStringProperty("level", Cursor.enumName(u.unit().level()));
        u.unit().parentId().ifPresent(x -> string(g, "parent", x));
        u.unit().code().ifPresent(x -> string(g, "code", x));
        if (v1 || !u.criteria().isEmpty()) {
            g.writeArrayPropertyStart("criteria");
            for (CriterionResult r : u.criteria()) {
                result(g, r, v1 ? assessment.explain(r) : null, subjects);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (v1 || !u.certifications().isEmpty()) {
            g.writeArrayPropertyStart("certifications");
            for (CertificationResult c : u.certifications()) {
                g.writeStartObject();
                string(g, "id", c.certification().id());
                g.writeStringProperty("status", Cursor.enumName(c.status()));
                if (v1 || !c.unmet().isEmpty()) {
                    g.writeArrayPropertyStart("unmet");
                    for (Requirement req : c.unmet()) {
                        g.writeString(Strings.wellFormed(requirement(req)));
                    }
                    g.writeEndArray();
                }
                if (v1) {
                    text(g, "explanation", assessment.explain(c));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (v1 || !u.targets().isEmpty()) {
            g.writeArrayPropertyStart("targets");
            for (TargetResult t : u.targets()) {
                result(g, t.result(), v1 ? assessment.explain(t) : null, subjects);
                if (v1) {
                    g.writeStringProperty("deadline", t.target().deadline().toString());
                    g.writeBooleanProperty("deadlinePassed", t.deadlinePassed());
                    t.target().baseline().ifPresent(b -> g.writeNumberProperty("baseline", b));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (v1 || !u.rollUps().isEmpty()) {
            g.writeArrayPropertyStart("rollUps");
            for (RollUp r : u.rollUps()) {
                g.writeStartObject();
                g.writeStringProperty("kind", Cursor.enumName(r.kind()));
                string(g, "id", r.subjectId());
                g.writeStringProperty("level", Cursor.enumName(r.level()));
                g.writeNumberProperty("met", r.met());
                g.writeNumberProperty("notMet", r.notMet());
                g.writeNumberProperty("missingData", r.missingData());
                g.writeNumberProperty("notApplicable", r.notApplicable());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Starts a criterion's or target's result and writes its fields, leaving the object open for the caller to end:
     * format 1 when {@code explanation} is given (every field), else format 2.
     */
    private static void result(JsonGenerator g, CriterionResult r, Text explanation, Map<String, Text> subjects) {
        boolean v1 = explanation != null;
        g.writeStartObject();
        string(g, "id", r.criterion().id());
        g.writeStringProperty("status", Cursor.enumName(r.status()));
        if (r.value().isPresent()) {
            Fraction v = r.value().get();
            g.writeObjectPropertyStart("value");
            g.writeNumberProperty("numerator", v.numerator());
            g.writeNumberProperty("denominator", v.denominator());
            if (v1) {
                r.percent().ifPresent(pct -> g.writeNumberProperty("percent", pct));
            }
            g.writeEndObject();
        }
        if (v1) {
            if (r.criterion().isEncoded()) {
                string(g, "threshold", PackWriter.threshold(r.criterion().threshold()));
            } else {
                g.writeNullProperty("threshold");
            }
        }
        if (r.gap().isPresent()) {
            Gap gap = r.gap().get();
            g.writeObjectPropertyStart("gap");
            g.writeNumberProperty("amount", gap.amount());
            g.writeStringProperty("direction", gap.isRemoval() ? "remove" : "add");
            if (v1 || !gap.of().equals(subjects.get(r.criterion().id()))) {
                text(g, "of", gap.of());
            }
            g.writeEndObject();
        }
        if (r.progress().isPresent()) {
            Fraction pr = r.progress().get();
            if (v1) {
                g.writeNumberProperty("progress", pr.percent(2));
            }
            g.writeObjectPropertyStart(v1 ? "progressExact" : "progress");
            g.writeNumberProperty("numerator", pr.numerator());
            g.writeNumberProperty("denominator", pr.denominator());
            g.writeEndObject();
        }
        if (v1 || !r.missing().isEmpty()) {
            g.writeArrayPropertyStart("missing");
            for (String m : r.missing()) {
                g.writeString(Strings.wellFormed(m));
            }
            g.writeEndArray();
        }
        text(g, "reason", r.reason());
        if (v1) {
            text(g, "explanation", explanation);
        }
    }

    /** Writes a string field as {@link JsonOut} writes one: text that is not well-formed UTF-16 is mended first. */
    private static void string(JsonGenerator g, String name, String value) {
        g.writeStringProperty(name, Strings.wellFormed(value));
    }

    /** Writes a text field: {@code {"vi": …, "en": …}}. */
    private static void text(JsonGenerator g, String name, Text t) {
        g.writeName(name);
        text(g, t);
    }

    /** Writes a text value: {@code {"vi": …, "en": …}}. */
    private static void text(JsonGenerator g, Text t) {
        g.writeStartObject();
        string(g, "vi", t.vi());
        string(g, "en", t.en());
        g.writeEndObject();
    }

    /** Names a leaf requirement: the criterion's id, or "count level certification"; a group as its {@code toString}. */
    static String requirement(Requirement r) {
        return r.match(new Requirement.Cases<String>() {
            @Override
            public String allOf(List<Requirement> all) {
                return r.toString();
            }

            @Override
            public String anyOf(List<Requirement> any) {
                return r.toString();
            }

            @Override
            public String atLeast(int n, List<Requirement> options) {
                return r.toString();
            }

            @Override
            public String meets(String criterionId) {
                return criterionId;
            }

            @Override
            public String childrenCertified(int count, AdminLevel level, String certificationId) {
                return count + " " + Cursor.enumName(level) + " " + certificationId;
            }
        });
    }

    /** Reads an assessment as {@link ReportFormat#readJson(String, RulePackRegistry, ReadLimits)} documents it. */
    static Assessment read(String json, RulePackRegistry registry, ReadLimits limits) {
        Objects.requireNonNull(registry, "registry");
        Node tree;
        try {
            tree = JsonFormats.parse(json.getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.JSON, limits);
        } catch (JsonFormats.SyntaxError e) {
            throw new SmartVillageException("the assessment cannot be read", List.of(e.problem(Places.report())));
        }
        Diagnostics d = new Diagnostics();
        Cursor root = Cursor.root(tree, d);
        boolean digestHolds = digestHolds(tree, root);
        Reader reader = new Reader(registry);
        Assessment out = assessment(reader, root);
        int format = reader.format;
        if (d.isEmpty() && out != null && digestHolds && !matches(out, tree, format, limits)) {
            root.refuse("report.read.mismatch");
        }
        if (!d.isEmpty() || out == null) {
            throw new SmartVillageException("the assessment cannot be read", d.toProblems(Places.report()));
        }
        return out;
    }

    /**
     * Whether the report says what its assessment, written again, says. A format-1 report also carries each
     * result's explanation, worded by the library version that wrote it (its citations, say, are now written
     * without where the project read them): the explanations are left out of the comparison, as format 2
     * leaves them out of the report; statuses, figures, gaps and reasons are compared.
     */
    private static boolean matches(Assessment out, Node tree, int format, ReadLimits limits) {
        String rewritten = Reports.toText(w -> write(out, w, format));
        if (format != FORMAT_1) {
            return rewritten.equals(canonical(tree, format));
        }
        try {
            // The digests differ with the explanations; the one read was checked against the report as written.
            Node again = JsonFormats.parse(rewritten.getBytes(StandardCharsets.UTF_8), JsonFormats.Syntax.JSON, limits);
            return again instanceof Node.ObjectNode o && tree instanceof Node.ObjectNode t
                    && canonical(Node.withoutEverywhere(o.without(DIGEST), "explanation"), format)
                            .equals(canonical(Node.withoutEverywhere(t.without(DIGEST), "explanation"), format));
        } catch (JsonFormats.SyntaxError e) {
            return false;
        }
    }

    /** The assessment the report holds, or null when a problem was recorded that stops the reading. */
    private static Assessment assessment(Reader reader, Cursor root) {
        try {
            return reader.assessment(root);
        } catch (IllegalArgumentException e) {
            // The reader checks what each result's constructor checks; this is the last guard, not the way in.
            root.refuse("report.read.invalid", "message", String.valueOf(e.getMessage()));
            return null;
        }
    }

    /**
     * Whether the report's digest is that of the rest of it, recording a problem if not. The digest is checked
     * first, so that an edit is named as an edit before what it broke.
     */
    private static boolean digestHolds(Node tree, Cursor root) {
        if (!(tree instanceof Node.ObjectNode object)) {
            return false;
        }
        Cursor digest = root.get(DIGEST);
        if (!digest.required()) {
            return false;
        }
        int format = object.get("format") instanceof Node.NumberNode n && "1".equals(n.literal()) ? FORMAT_1 : FORMAT;
        String canonical = canonical(object.without(DIGEST), format);
        String expected = "sha256:" + java.util.HexFormat.of().formatHex(Sha256Writer.sha256().digest(canonical.getBytes(StandardCharsets.UTF_8)));
        if (!digest.string().map(expected::equals).orElse(false)) {
            digest.refuse("report.read.digest");
            return false;
        }
        return true;
    }

    /** The text {@link #write} writes for {@code tree} in {@code format}: how an unedited report reads. */
    private static String canonical(Node tree, int format) {
        return format == FORMAT_1 ? JsonFormats.write(tree) : JsonFormats.writeLines(tree);
    }

    /** Reads one report; problems go to the cursor's diagnostics. */
    private static final class Reader {
        private static final Set<String> ROOT = Set.of("format", "pack", "asOf", "dataAsOf", "warnings", "recognitions", "subjects",
                "units", DIGEST);
        private static final Set<String> UNIT = Set.of("id", "name", "level", "parent", "code", "criteria", "certifications", "targets", "rollUps");
        private static final Set<String> RESULT = Set.of("id", "status", "value", "threshold", "gap", "progress", "progressExact", "missing",
                "reason", "explanation", "deadline", "deadlinePassed", "baseline");
        /** How {@link #requirement} writes a count of certified units below: {@code "3 village smart-village"}. */
        /** The prefixes of the counts of certifications recognised, and recognised or computed: ids cannot hold a colon. */
        private static final String RECOGNISED = "recognised:";
        private static final String EITHER = "either:";
        private static final java.util.regex.Pattern CHILDREN_CERTIFIED = java.util.regex.Pattern.compile("[0-9]{1,9} (\\S+) \\S+");
        private final RulePackRegistry registry;
        /** The report's format, once read: {@link #FORMAT_1} or {@link #FORMAT}. */
        int format = FORMAT;
        /** Format 2: the subject of each rule's gaps, written once. */
        private final Map<String, Text> subjects = new HashMap<>();
        /** The report's pack, found in the registry by id and version; null until found. */
        private RulePack pack;
        /** The leaf requirements of the pack, once asked for. */
        private Map<String, Requirement> leaves;
        /** The date the rules were applied, once read; a target's deadline is checked against it. */
        private LocalDate asOf;
        /** The report's recognitions, once read: a measure that counts recognised units is checked against them. */
        private List<Recognition> recognitions = List.of();

        Reader(RulePackRegistry registry) {
            this.registry = registry;
        }

        Assessment assessment(Cursor c) {
            if (!c.object(ROOT)) {
                return null;
            }
            format = c.get("format").integer(FORMAT_1, FORMAT).map(Long::intValue).orElse(FORMAT);
            Optional<PackRef> ref = pack(c.get("pack"));
            if (pack == null) {
                // Without the report's pack, its results name rules there is nothing to judge by.
                return null;
            }
            Optional<LocalDate> asOf = c.get("asOf").required() ? c.get("asOf").date() : Optional.empty();
            this.asOf = asOf.orElse(null);
            Optional<LocalDate> dataAsOf = c.get("dataAsOf").required() ? c.get("dataAsOf").date() : Optional.empty();
            List<Text> warnings = new ArrayList<>();
            c.get("warnings").elements().forEach(w -> text(w).ifPresent(warnings::add));
            List<Recognition> recognitions = new ArrayList<>();
            c.get("recognitions").elements().forEach(r -> DatasetTree.recognition(r).ifPresent(recognitions::add));
            this.recognitions = recognitions;
            List<UnitAssessment> units = new ArrayList<>();
            java.util.Map<String, Cursor> seen = new java.util.HashMap<>();
            Cursor subjectsAt = c.get("subjects");
            if (subjectsAt.present() && subjectsAt.object(Set.copyOf(subjectsAt.fieldNames()))) {
                for (String rule : subjectsAt.fieldNames()) {
                    text(subjectsAt.get(rule)).ifPresent(t -> subjects.put(rule, t));
                }
            }
            c.get("units").required();
            for (Cursor u : c.get("units").elements()) {
                unit(u).ifPresent(a -> {
                    if (seen.putIfAbsent(a.unit().id(), u) == null) {
                        units.add(a);
                    } else {
                        u.get("id").refuse("report.read.unitTwice", "unit", a.unit().id());
                    }
                });
            }
            if (asOf.isEmpty() || dataAsOf.isEmpty() || !c.diagnostics().isEmpty()) {
                return null;
            }
            checkParentsAndRollUps(units, seen);
            if (!c.diagnostics().isEmpty()) {
                return null;
            }
            return MAKE.assessment(pack, ref.orElseThrow(), asOf.get(), dataAsOf.get(), units, warnings, recognitions);
        }

        /**
         * Reads the report's {@code pack} object and finds the pack in the registry by its id and version,
         * whose content hash must be the report's; sets {@link #pack} when the id and version are found, even if
         * the hash differs, so that every problem is named at once.
         */
        private Optional<PackRef> pack(Cursor p) {
            if (!p.required() || !p.object(Set.of("id", "version", "contentHash"))) {
                return Optional.empty();
            }
            Optional<String> id = p.get("id").requiredString();
            Optional<String> version = p.get("version").requiredString();
            Optional<String> hash = p.get("contentHash").requiredString();
            if (id.isEmpty() || version.isEmpty() || hash.isEmpty()) {
                return Optional.empty();
            }
            List<RulePack> versions = registry.versions(id.get());
            if (versions.isEmpty()) {
                p.get("id").refuse("report.read.packUnknown", Suggestions.suggesting(id.get(), registry.ids(), "pack", id.get()));
                return Optional.empty();
            }
            Optional<RulePack> found = registry.pack(id.get(), version.get());
            if (found.isEmpty()) {
                List<String> known = versions.stream().map(RulePack::version).toList();
                Text or = Messages.label("word.or");
                p.get("version").refuse("report.read.versionUnknown", "version", version.get(), "known",
                        Text.of(String.join(" " + or.vi() + " ", known), String.join(" " + or.en() + " ", known)));
            }
            // Which rules the report names: the version found, or else whether any version of the id has them.
            List<RulePack> candidates = found.map(List::of).orElse(versions);
            if (candidates.stream().noneMatch(x -> hash.get().equals("sha256:" + PackWriter.contentHash(x)))) {
                p.get("contentHash").refuse("report.read.contentHash");
            }
            pack = found.orElse(null);
            try {
                return Optional.of(new PackRef(id.get(), version.get(), hash.get()));
            } catch (IllegalArgumentException e) {
                // A hash not of the form "sha256:" and 64 hex digits differs from every pack's; said above.
                return Optional.empty();
            }
        }

        /** A rule a roll-up counts. */
        private record Counted(RuleKind kind, String id) {
        }

        /**
         * Checks that each unit's parent is in the report and that each roll-up counts what the units below
         * say, as the evaluator counts them: every result of that rule among all the unit's descendants.
         */
        private void checkParentsAndRollUps(List<UnitAssessment> units, java.util.Map<String, Cursor> at) {
            java.util.Map<String, UnitAssessment> byId = new java.util.HashMap<>();
            units.forEach(u -> byId.put(u.unit().id(), u));
            java.util.Map<String, java.util.Map<Counted, long[]>> below = new java.util.HashMap<>();
            for (UnitAssessment u : units) {
                Optional<String> parent = u.unit().parentId();
                if (parent.isPresent() && !byId.containsKey(parent.get())) {
                    at.get(u.unit().id()).get("parent").refuse("report.read.parentMissing", "parent", parent.get());
                    continue;
                }
                if (parent.isPresent() && !byId.get(parent.get()).unit().level().isAbove(u.unit().level())) {
                    at.get(u.unit().id()).get("parent").refuse("report.read.parentNotAbove", "parent", parent.get());
                    continue;
                }
                // Up the chain of parents, at most one step per unit in the report, so that a cycle ends.
                String p = parent.orElse(null);
                for (int steps = 0; p != null && byId.containsKey(p) && steps < units.size(); steps++) {
                    java.util.Map<Counted, long[]> counts = below.computeIfAbsent(p, x -> new java.util.HashMap<>());
                    u.criteria().forEach(r -> count(counts, RuleKind.CRITERION, r.criterion().id(), r.status()));
                    u.targets().forEach(r -> count(counts, RuleKind.CRITERION, r.target().id(), r.status()));
                    u.certifications().forEach(r -> countCertification(counts, u.unit().id(), r));
                    p = byId.get(p).unit().parentId().orElse(null);
                }
            }
            for (UnitAssessment u : units) {
                java.util.Map<Counted, long[]> counts = below.getOrDefault(u.unit().id(), java.util.Map.of());
                List<RollUp> expected = new ArrayList<>();
                AdminLevel level = u.unit().level();
                pack.criteria().stream().filter(x -> level.isAbove(x.level())).forEach(x -> expected.add(
                        rollUp(RuleKind.CRITERION, x.id(), x.level(), counts)));
                pack.targets().stream().filter(x -> level.isAbove(x.indicator().level())).forEach(x -> expected.add(
                        rollUp(RuleKind.CRITERION, x.id(), x.indicator().level(), counts)));
                pack.certifications().stream().filter(x -> level.isAbove(x.level())).forEach(x -> expected.add(
                        rollUp(RuleKind.CERTIFICATION, x.id(), x.level(), counts)));
                if (!expected.equals(u.rollUps())) {
                    at.get(u.unit().id()).get("rollUps").refuse("report.read.rollUps");
                }
                checkCountsOfChildren(u, counts, at.get(u.unit().id()));
                checkCertifications(u, counts, at.get(u.unit().id()));
            }
        }

        /**
         * Counts a certification result of a unit below, as the evaluator does: by its computed status, and, under
         * keys no rule id can take, as recognised (met when a recognition in force grants it) and as either.
         */
        private void countCertification(java.util.Map<Counted, long[]> counts, String unitId, CertificationResult r) {
            String id = r.certification().id();
            count(counts, RuleKind.CERTIFICATION, id, r.status());
            boolean recognised = asOf != null && recognitions.stream().anyMatch(x -> x.unitId().equals(unitId) && x.grants(id, asOf));
            count(counts, RuleKind.CERTIFICATION, RECOGNISED + id, recognised ? Status.MET : Status.NOT_MET);
            count(counts, RuleKind.CERTIFICATION, EITHER + id, recognised ? Status.MET : r.status());
        }

        /**
         * Checks each value that counts units below (villages meeting a criterion, communes holding a
         * certification) against the units below in the report, as the evaluator counts them.
         */
        private static void checkCountsOfChildren(UnitAssessment u, java.util.Map<Counted, long[]> counts, Cursor at) {
            List<CriterionResult> results = new ArrayList<>(u.criteria());
            u.targets().forEach(t -> results.add(t.result()));
            for (CriterionResult r : results) {
                Optional<Kinds.Children> measured = Kinds.children(r.criterion().measure());
                if (measured.isEmpty()) {
                    continue;
                }
                Measure m = r.criterion().measure();
                String prefix = !m.countsRecognised() ? "" : m.countsComputed() ? EITHER : RECOGNISED;
                long[] c = counts.getOrDefault(new Counted(measured.get().kind(), prefix + measured.get().id()), new long[4]);
                if (r.value().isEmpty()) {
                    continue;
                }
                long met = c[Status.MET.ordinal()];
                long applicable = met + c[Status.NOT_MET.ordinal()] + c[Status.MISSING_DATA.ordinal()];
                Optional<Fraction> expected = measured.get().count() ? Optional.of(Fraction.of(met, 1))
                        : applicable == 0 ? Optional.empty() : Optional.of(Fraction.of(met, applicable));
                if (!expected.equals(r.value())) {
                    at.refuse("report.read.childrenValue", "rule", r.criterion().id());
                }
            }
        }

        /** Judges each certification again from the unit's results and the units below, as the evaluator does. */
        private static void checkCertifications(UnitAssessment u, java.util.Map<Counted, long[]> counts, Cursor at) {
            java.util.Map<String, Status> own = new java.util.HashMap<>();
            u.criteria().forEach(r -> own.put(r.criterion().id(), r.status()));
            u.targets().forEach(t -> own.put(t.target().id(), t.status()));
            for (CertificationResult c : u.certifications()) {
                Verdict v = verdict(c.certification().requirement(), own, counts);
                if (v != null && (v.status() != c.status() || !v.unmet().equals(c.unmet()))) {
                    at.refuse("report.read.certification", "certification", c.certification().id());
                }
            }
        }

        /** A requirement's status and the leaves that stand in the way; null when a leaf has no result to judge by. */
        private record Verdict(Status status, List<Requirement> unmet) {
            static Verdict leaf(Requirement r, Status s) {
                return new Verdict(s, s == Status.NOT_MET || s == Status.MISSING_DATA ? List.of(r) : List.of());
            }
        }

        private static Verdict verdict(Requirement r, java.util.Map<String, Status> own, java.util.Map<Counted, long[]> counts) {
            return r.match(new Requirement.Cases<Verdict>() {
                @Override
                public Verdict allOf(List<Requirement> all) {
                    return group(true, all.size(), all, own, counts);
                }

                @Override
                public Verdict anyOf(List<Requirement> any) {
                    return group(false, 1, any, own, counts);
                }

                @Override
                public Verdict atLeast(int n, List<Requirement> options) {
                    return group(false, n, options, own, counts);
                }

                @Override
                public Verdict meets(String criterionId) {
                    Status s = own.get(criterionId);
                    return s == null ? null : Verdict.leaf(r, s);
                }

                @Override
                public Verdict childrenCertified(int count, AdminLevel level, String certificationId) {
                    long[] c = counts.getOrDefault(new Counted(RuleKind.CERTIFICATION, certificationId), new long[4]);
                    long met = c[Status.MET.ordinal()];
                    long undecided = c[Status.MISSING_DATA.ordinal()];
                    boolean none = c[0] + c[1] + c[2] + c[3] == 0;
                    return Verdict.leaf(r, met >= count ? Status.MET : met + undecided < count && !none ? Status.NOT_MET : Status.MISSING_DATA);
                }
            });
        }

        /** The verdict of a group: all of {@code parts} when {@code all}, else at least {@code need} of them. */
        private static Verdict group(boolean all, int need, List<Requirement> parts, java.util.Map<String, Status> own,
                java.util.Map<Counted, long[]> counts) {
            int[] n = new int[Status.values().length];
            List<Requirement> unmet = new ArrayList<>();
            for (Requirement p : parts) {
                Verdict v = verdict(p, own, counts);
                if (v == null) {
                    return null;
                }
                n[v.status().ordinal()]++;
                unmet.addAll(v.unmet());
            }
            int met = n[Status.MET.ordinal()];
            Status s;
            if (all) {
                s = n[Status.NOT_MET.ordinal()] > 0 ? Status.NOT_MET : n[Status.MISSING_DATA.ordinal()] > 0 ? Status.MISSING_DATA
                        : n[Status.NOT_APPLICABLE.ordinal()] == parts.size() ? Status.NOT_APPLICABLE : Status.MET;
            } else {
                s = met >= need ? Status.MET : n[Status.NOT_APPLICABLE.ordinal()] == parts.size() ? Status.NOT_APPLICABLE
                        : met + n[Status.MISSING_DATA.ordinal()] < need ? Status.NOT_MET : Status.MISSING_DATA;
            }
            return new Verdict(s, s == Status.MET || s == Status.NOT_APPLICABLE ? List.of() : unmet);
        }

        private static void count(java.util.Map<Counted, long[]> counts, RuleKind kind, String id, Status status) {
            counts.computeIfAbsent(new Counted(kind, id), x -> new long[4])[status.ordinal()]++;
        }

        private static RollUp rollUp(RuleKind kind, String id, AdminLevel level, java.util.Map<Counted, long[]> counts) {
            long[] c = counts.getOrDefault(new Counted(kind, id), new long[4]);
            return MAKE.rollUp(kind, id, level, c[0], c[1], c[2], c[3]);
        }

        private Optional<UnitAssessment> unit(Cursor u) {
            if (!u.object(UNIT)) {
                return Optional.empty();
            }
            Optional<String> id = u.get("id").requiredString();
            Optional<String> name = u.get("name").requiredString();
            Optional<AdminLevel> level = u.get("level").required() ? u.get("level").enumValue(AdminLevel.class) : Optional.empty();
            Optional<String> parent = u.get("parent").string();
            Optional<String> code = u.get("code").string();
            List<CriterionResult> criteria = new ArrayList<>();
            for (Cursor r : u.get("criteria").elements()) {
                id.flatMap(unitId -> result(r, unitId, false)).ifPresent(criteria::add);
            }
            List<CertificationResult> certs = new ArrayList<>();
            for (Cursor r : u.get("certifications").elements()) {
                id.flatMap(unitId -> certification(r, unitId)).ifPresent(certs::add);
            }
            List<TargetResult> targets = new ArrayList<>();
            for (Cursor r : u.get("targets").elements()) {
                id.flatMap(unitId -> target(r, unitId)).ifPresent(targets::add);
            }
            List<RollUp> rollUps = new ArrayList<>();
            for (Cursor r : u.get("rollUps").elements()) {
                rollUp(r).ifPresent(rollUps::add);
            }
            if (id.isEmpty() || name.isEmpty() || level.isEmpty()) {
                return Optional.empty();
            }
            Unit unit = parent.map(x -> new Unit(id.get(), name.get(), level.get(), x)).orElseGet(() -> new Unit(id.get(), name.get(), level.get()));
            return Optional.of(MAKE.unit(code.map(unit::withCode).orElse(unit), criteria, certs, targets, rollUps));
        }

        private Optional<CriterionResult> result(Cursor r, String unitId, boolean isTarget) {
            if (!r.object(RESULT)) {
                return Optional.empty();
            }
            Optional<String> id = r.get("id").requiredString();
            Optional<Criterion> criterion = id.flatMap(x -> isTarget ? pack.target(x).map(Target::indicator) : pack.criterion(x));
            if (id.isPresent() && criterion.isEmpty()) {
                r.get("id").refuse(isTarget ? "report.read.unknownTarget" : "report.read.unknownCriterion", "id", id.get());
            }
            Optional<Status> status = r.get("status").required() ? r.get("status").enumValue(Status.class) : Optional.empty();
            Optional<Fraction> value = fraction(r.get("value"));
            Optional<Gap> gap = Optional.empty();
            Cursor g = r.get("gap");
            if (g.present() && g.object(Set.of("amount", "direction", "of"))) {
                Optional<Long> amount = g.get("amount").integer(0, Long.MAX_VALUE);
                Optional<GapDirection> direction = g.get("direction").enumValue(GapDirection.class);
                // Format 2 writes a gap's subject once per rule, in "subjects", unless this gap's differs.
                Optional<Text> of = format != FORMAT_1 && !g.get("of").present() && id.isPresent() && subjects.containsKey(id.get())
                        ? Optional.of(subjects.get(id.get())) : text(g.get("of"));
                if (amount.isPresent() && direction.isPresent() && of.isPresent()) {
                    gap = Optional.of(direction.get() == GapDirection.REMOVE ? Gap.remove(amount.get(), of.get()) : Gap.add(amount.get(), of.get()));
                }
            }
            Optional<Fraction> progress = fraction(r.get(format == FORMAT_1 ? "progressExact" : "progress"));
            List<String> missing = new ArrayList<>();
            r.get("missing").elements().forEach(m -> m.string().ifPresent(missing::add));
            Optional<Text> reason = text(r.get("reason"));
            // Explanations are made again from the rest and compared as a whole; their shape is read here.
            if (format == FORMAT_1 && r.get("explanation").required()) {
                text(r.get("explanation"));
            }
            if (criterion.isEmpty() || status.isEmpty() || reason.isEmpty()) {
                return Optional.empty();
            }
            if (!follows(criterion.get(), status.get(), value)) {
                r.get("status").refuse("report.read.status", "status", status.get().label());
                return Optional.empty();
            }
            if (status.get() == Status.MET && gap.isPresent() && !gap.get().isClosed()) {
                r.get("gap").refuse("report.read.metWithGap");
                return Optional.empty();
            }
            return Optional.of(MAKE.criterion(criterion.get(), unitId, status.get(), value.orElse(null), gap.orElse(null), progress.orElse(null),
                    missing, reason.get()));
        }

        /**
         * Whether a status can come from the value written beside it: a criterion is met only if its
         * value (the lowest the data allows) meets the threshold, and not met only if it does not.
         */
        private static boolean follows(Criterion criterion, Status status, Optional<Fraction> value) {
            if (status == Status.NOT_APPLICABLE) {
                // Not in force, not applicable or nothing to count: the evaluator gives no value.
                return value.isEmpty();
            }
            if (value.isEmpty() || status != Status.MET && status != Status.NOT_MET) {
                return true;
            }
            boolean meets = criterion.threshold().comparison().test(value.get().compareTo(criterion.threshold().asFraction()));
            return meets == (status == Status.MET);
        }

        private Optional<TargetResult> target(Cursor r, String unitId) {
            Optional<CriterionResult> result = result(r, unitId, true);
            if (format != FORMAT_1) {
                // Format 2 leaves the deadline to the pack, and whether it has passed to the report's date.
                return result.filter(x -> asOf != null).map(x -> {
                    Target t = pack.target(x.criterion().id()).orElseThrow();
                    return MAKE.target(t, x, asOf.isAfter(t.deadline()));
                });
            }
            Optional<Boolean> passed = r.get("deadlinePassed").present() ? r.get("deadlinePassed").bool() : Optional.empty();
            if (result.isEmpty() || passed.isEmpty()) {
                r.get("deadlinePassed").required();
                return Optional.empty();
            }
            Target t = pack.target(result.get().criterion().id()).orElseThrow();
            if (asOf != null && passed.get() != asOf.isAfter(t.deadline())) {
                r.get("deadlinePassed").refuse(passed.get() ? "report.read.deadlineNotPassed" : "report.read.deadlinePassed",
                        "deadline", t.deadline(), "date", asOf);
                return Optional.empty();
            }
            return Optional.of(MAKE.target(t, result.get(), passed.get()));
        }

        private Optional<CertificationResult> certification(Cursor r, String unitId) {
            if (!r.object(Set.of("id", "status", "unmet", "explanation"))) {
                return Optional.empty();
            }
            Optional<Certification> cert = r.get("id").requiredString().flatMap(x -> {
                Optional<Certification> found = pack.certification(x);
                if (found.isEmpty()) {
                    r.get("id").refuse("report.read.unknownCertification", "id", x);
                }
                return found;
            });
            Optional<Status> status = r.get("status").required() ? r.get("status").enumValue(Status.class) : Optional.empty();
            if (format == FORMAT_1 && r.get("explanation").required()) {
                text(r.get("explanation"));
            }
            List<Requirement> unmet = new ArrayList<>();
            for (Cursor x : r.get("unmet").elements()) {
                // The requirement is the pack's own, found by the words the report writes it in, never
                // rebuilt from them.
                x.string().ifPresent(s -> Optional.ofNullable(leaves().get(s)).ifPresentOrElse(unmet::add, () -> refuseRequirement(x, s)));
            }
            if (cert.isEmpty() || status.isEmpty()) {
                return Optional.empty();
            }
            if (status.get() == Status.MET && !unmet.isEmpty()) {
                r.get("unmet").refuse("report.read.heldWithUnmet");
                return Optional.empty();
            }
            return Optional.of(MAKE.certification(cert.get(), unitId, status.get(), unmet));
        }

        /** The leaf requirements of the pack's certifications, by the words {@link #requirement} writes them in. */
        private Map<String, Requirement> leaves() {
            if (leaves == null) {
                leaves = new HashMap<>();
                pack.certifications().forEach(c -> addLeaves(c.requirement()));
            }
            return leaves;
        }

        private void addLeaves(Requirement r) {
            Kinds.leaves(r).forEach(leaf -> leaves.put(requirement(leaf), leaf));
        }

        /** Says why words name none of the pack's requirements: a level that does not exist, or no requirement at all. */
        private static void refuseRequirement(Cursor x, String s) {
            java.util.regex.Matcher m = CHILDREN_CERTIFIED.matcher(s);
            if (m.matches() && Arrays.stream(AdminLevel.values()).noneMatch(l -> Cursor.enumName(l).equals(m.group(1)))) {
                x.refuse("report.read.noLevel", "level", m.group(1));
            } else if (m.matches() || !s.contains(" ")) {
                x.refuse("report.read.noRequirement", "requirement", s);
            } else {
                x.refuse("report.read.requirementUnreadable", "requirement", s);
            }
        }

        private static Optional<RollUp> rollUp(Cursor r) {
            if (!r.object(Set.of("kind", "id", "level", "met", "notMet", "missingData", "notApplicable"))) {
                return Optional.empty();
            }
            Optional<RuleKind> kind = r.get("kind").enumValue(List.of(RuleKind.CRITERION, RuleKind.CERTIFICATION));
            Optional<String> id = r.get("id").requiredString();
            Optional<AdminLevel> level = r.get("level").enumValue(AdminLevel.class);
            Optional<Long> met = r.get("met").integer(0, Long.MAX_VALUE);
            Optional<Long> notMet = r.get("notMet").integer(0, Long.MAX_VALUE);
            Optional<Long> missing = r.get("missingData").integer(0, Long.MAX_VALUE);
            Optional<Long> na = r.get("notApplicable").integer(0, Long.MAX_VALUE);
            if (kind.isEmpty() || id.isEmpty() || level.isEmpty() || met.isEmpty() || notMet.isEmpty() || missing.isEmpty() || na.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(MAKE.rollUp(kind.get(), id.get(), level.get(), met.get(), notMet.get(), missing.get(), na.get()));
        }

        private static Optional<Fraction> fraction(Cursor c) {
            if (!c.present() || !c.object(Set.of("numerator", "denominator", "percent"))) {
                return Optional.empty();
            }
            Optional<Long> n = c.get("numerator").integer(0, Long.MAX_VALUE);
            Optional<Long> d = c.get("denominator").integer(1, Long.MAX_VALUE);
            return n.isPresent() && d.isPresent() ? Optional.of(Fraction.of(n.get(), d.get())) : Optional.empty();
        }

        private static Optional<Text> text(Cursor c) {
            if (!c.object(Set.of("vi", "en"))) {
                return Optional.empty();
            }
            Optional<String> vi = c.get("vi").requiredString();
            Optional<String> en = c.get("en").requiredString();
            return vi.isPresent() && en.isPresent() ? Optional.of(Text.of(vi.get(), en.get())) : Optional.empty();
        }
    }
}
