package vn.smartvillage.evaluation;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apiguardian.api.API;

import vn.smartvillage.Fraction;
import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.internal.Numbers;
import vn.smartvillage.internal.UnitTable;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.PackRef;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RuleKind;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;

/**
 * A rule pack made ready to evaluate, once, for any number of datasets on any number of threads: its
 * rules numbered, its thresholds turned into exact fractions, its certifications' requirement trees
 * numbered, and the subjects of its reasons written. {@link Evaluator#compile} makes one;
 * {@link Evaluator#evaluate(Dataset, RulePack)} compiles the pack for a single evaluation.
 *
 * <p>Immutable and thread-safe: the same compiled pack evaluates several datasets at once, and the same
 * dataset always gives an equal assessment. The pack's content hash ({@link #packRef()}) is computed the
 * first time it is asked for, by this compiled pack or any assessment it made, and then kept.
 *
 * <pre>{@code
 * CompiledPack compiled = Evaluator.create().compile(pack);
 * Assessment march = compiled.evaluate(marchData);   // the rules as of the dataset's date
 * Assessment june = compiled.evaluate(juneData);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class CompiledPack {

    private static final Text YES = Messages.text("value.yes");
    private static final Text NO = Messages.text("value.no");
    private static final Text GROUP_ITEMS = Messages.text("subject.groupItems");
    private static final Text NOT_ENCODED = Messages.text("subject.notEncoded");

    private final Evaluator evaluator;
    private final RulePack pack;
    private final LazyPackRef packRef;

    /** Rules are numbered once: criteria and targets first, then certifications. */
    private final Map<String, Integer> criterionIndex = new HashMap<>();
    private final Map<String, Integer> certificationIndex = new HashMap<>();
    /** Criteria, then targets' indicators, by rule number; the targets and certifications by theirs. */
    private final Criterion[] indicators;
    private final Target[] targetsByRule;
    private final Certification[] certificationsByRule;
    /** Each indicator's threshold as a fraction: turning a decimal into a fraction is not cheap. */
    private final Fraction[] thresholds;
    /** Each indicator's comparison, read once per unit and rule by the columnar evaluation. */
    private final vn.smartvillage.rules.Comparison[] comparisons;
    /** For an indicator measured over units below: the number of the rule it counts, and the subject of its reason. */
    private final int[] countedRule;
    private final Text[] subjects;
    /** How each indicator reads its value, chosen once from the kind of its measure, so evaluating a unit does not ask it. */
    private final Reader[] readers;
    /** Each certification's requirement, numbered by {@link #compile}. */
    private final Node[] certificationNodes;
    /** Per level, the rule numbers of that level's criteria, targets and certifications, in pack order. */
    private final Map<AdminLevel, int[][]> levelRules = new EnumMap<>(AdminLevel.class);
    /** Per level, the roll-ups a unit at that level reports: the rules of every level below it, in pack order. */
    private final Map<AdminLevel, RollUpRule[]> rollUpRules = new EnumMap<>(AdminLevel.class);
    /** Whether a measure counts recognised units: the tallies then also count, per certification, the recognised and the either. */
    private final boolean countsRecognitions;
    /** Per level, the ids of the rules set at it, in pack order (for the warning when the level was abolished). */
    private final Map<AdminLevel, List<String>> idsAt = new EnumMap<>(AdminLevel.class);

    // How the columnar evaluation reads each indicator, chosen once: the kind of its measure, the numbers of
    // the metrics it reads (in readMetrics), and for a measure over the units below, their level and form.
    private static final byte RATIO = 0;
    private static final byte COUNT = 1;
    private static final byte FLAG = 2;
    private static final byte FLAGS_HELD = 3;
    private static final byte CHILDREN = 4;
    private static final byte NOT_ENCODED_KIND = 5;
    private final byte[] kinds;
    private final int[][] metricsRead;
    private final AdminLevel[] childLevel;
    private final boolean[] childCount;
    /** The metrics the measures read, numbered in the order first read. */
    private final List<Metric<?>> readMetrics = new ArrayList<>();
    /** Per level ordinal, the rule numbers of that level's criteria, targets and certifications. */
    private final int[][][] rulesAt = new int[AdminLevel.values().length][][];
    /** Per level ordinal, the same rule numbers in one array: criteria, targets, then certifications. */
    private final int[][] allRulesAt = new int[AdminLevel.values().length][];

    CompiledPack(Evaluator evaluator, RulePack pack) {
        this.evaluator = evaluator;
        this.pack = pack;
        this.packRef = new LazyPackRef(pack);
        pack.criteria().forEach(c -> criterionIndex.put(c.id(), criterionIndex.size()));
        pack.targets().forEach(t -> criterionIndex.put(t.id(), criterionIndex.size()));
        pack.certifications().forEach(c -> certificationIndex.put(c.id(), criterionIndex.size() + certificationIndex.size()));
        indicators = new Criterion[criterionIndex.size()];
        targetsByRule = new Target[criterionIndex.size()];
        pack.criteria().forEach(c -> indicators[criterionIndex.get(c.id())] = c);
        pack.targets().forEach(t -> {
            indicators[criterionIndex.get(t.id())] = t.indicator();
            targetsByRule[criterionIndex.get(t.id())] = t;
        });
        certificationsByRule = pack.certifications().toArray(new Certification[0]);
        certificationNodes = pack.certifications().stream().map(c -> compile(c.requirement())).toArray(Node[]::new);
        countsRecognitions = java.util.Arrays.stream(indicators).anyMatch(c -> c.measure().countsRecognised());
        Map<vn.smartvillage.rules.Threshold, Fraction> fractions = new HashMap<>();
        thresholds = new Fraction[indicators.length];
        comparisons = new vn.smartvillage.rules.Comparison[indicators.length];
        countedRule = new int[indicators.length];
        subjects = new Text[indicators.length];
        readers = new Reader[indicators.length];
        kinds = new byte[indicators.length];
        metricsRead = new int[indicators.length][];
        childLevel = new AdminLevel[indicators.length];
        childCount = new boolean[indicators.length];
        for (int i = 0; i < indicators.length; i++) {
            Criterion c = indicators[i];
            thresholds[i] = fractions.computeIfAbsent(c.threshold(), vn.smartvillage.rules.Threshold::asFraction);
            comparisons[i] = c.threshold().comparison();
            countedRule[i] = -1;
            readers[i] = c.measure().match(new ReaderOf(i));
        }
        for (AdminLevel level : AdminLevel.values()) {
            levelRules.put(level, new int[][] {
                pack.criteria().stream().filter(c -> c.level() == level).mapToInt(c -> criterionIndex.get(c.id())).toArray(),
                pack.targets().stream().filter(t -> t.indicator().level() == level).mapToInt(t -> criterionIndex.get(t.id())).toArray(),
                pack.certifications().stream().filter(c -> c.level() == level).mapToInt(c -> certificationIndex.get(c.id())).toArray()});
            List<RollUpRule> below = new ArrayList<>();
            pack.criteria().stream().filter(c -> level.isAbove(c.level())).forEach(c -> below.add(
                    new RollUpRule(RuleKind.CRITERION, c.id(), c.level(), criterionIndex.get(c.id()))));
            pack.targets().stream().filter(t -> level.isAbove(t.indicator().level())).forEach(t -> below.add(
                    new RollUpRule(RuleKind.CRITERION, t.id(), t.indicator().level(), criterionIndex.get(t.id()))));
            pack.certifications().stream().filter(c -> level.isAbove(c.level())).forEach(c -> below.add(
                    new RollUpRule(RuleKind.CERTIFICATION, c.id(), c.level(), certificationIndex.get(c.id()))));
            rollUpRules.put(level, below.toArray(new RollUpRule[0]));
            List<String> ids = new ArrayList<>();
            pack.criteria().stream().filter(c -> c.level() == level).forEach(c -> ids.add(c.id()));
            pack.targets().stream().filter(t -> t.indicator().level() == level).forEach(t -> ids.add(t.id()));
            pack.certifications().stream().filter(c -> c.level() == level).forEach(c -> ids.add(c.id()));
            idsAt.put(level, List.copyOf(ids));
            int[][] r = levelRules.get(level);
            rulesAt[level.ordinal()] = r;
            int[] all = new int[r[0].length + r[1].length + r[2].length];
            System.arraycopy(r[0], 0, all, 0, r[0].length);
            System.arraycopy(r[1], 0, all, r[0].length, r[1].length);
            System.arraycopy(r[2], 0, all, r[0].length + r[1].length, r[2].length);
            allRulesAt[level.ordinal()] = all;
        }
    }

    /** Numbers the metrics an indicator reads, for the columnar evaluation. */
    private int[] metricNumbers(List<? extends Metric<?>> metrics) {
        int[] out = new int[metrics.size()];
        for (int k = 0; k < out.length; k++) {
            int n = readMetrics.indexOf(metrics.get(k));
            if (n < 0) {
                n = readMetrics.size();
                readMetrics.add(metrics.get(k));
            }
            out[k] = n;
        }
        return out;
    }

    /** {@return the pack, as given to {@link Evaluator#compile}} */
    public RulePack pack() {
        return pack;
    }

    /** {@return the pack's id, version and content hash} The hash is computed once, when first asked for. */
    public PackRef packRef() {
        return packRef.get();
    }

    /**
     * Evaluates every unit of {@code data} against the rules in force on the dataset's own date,
     * {@link Dataset#asOf()}.
     *
     * @param data the figures, not null
     * @return the assessment of every unit
     * @throws SmartVillageException if the pack is not yet in force on the dataset's date
     */
    public Assessment evaluate(Dataset data) {
        return evaluate(data, Objects.requireNonNull(data, "data").asOf());
    }

    /**
     * Evaluates every unit of {@code data} against the rules in force on {@code asOf}: to apply another
     * date's rules to the same figures, such as the rules of the year a plan ends.
     *
     * @param data the figures, not null
     * @param asOf the date whose rules apply, not null; criteria not in force on it are {@code NOT_APPLICABLE}
     * @return the assessment of every unit
     * @throws SmartVillageException if the pack is not yet in force on {@code asOf}
     */
    public Assessment evaluate(Dataset data, LocalDate asOf) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(asOf, "asOf");
        return new Run(data, asOf).evaluate(warnings(asOf, data.asOf()));
    }

    /**
     * Evaluates again after the figures of one unit changed, judging only that unit and the units above it:
     * the units around it keep their verdicts, which the new assessment shares with {@code before}. A host
     * that re-evaluates on every import of one village's figures, or for every what-if of a plan, pays for
     * one village, its commune and its province, not for the country.
     *
     * <pre>{@code
     * Assessment june = compiled.evaluate(juneData);
     * Dataset corrected = ...;                       // juneData with the figures of "an-lanh" corrected
     * Assessment now = compiled.reevaluate(june, corrected, "an-lanh");
     * // now equals compiled.evaluate(corrected, june.asOf())
     * }</pre>
     *
     * <p>{@code after} must be the dataset {@code before} was evaluated from with only the figures of
     * {@code unitId} changed (the figures it carries or its household records): the same units in the same
     * order, the same date and the same recognitions. Only the number of units, the unit itself and the date
     * are checked, so that re-evaluating stays cheap; with any other change the result is undefined.
     *
     * @param before an assessment this compiled pack made, by {@link #evaluate} or by this method; not null
     * @param after  the dataset with the unit's new figures, not null
     * @param unitId the id of the unit whose figures changed, not null
     * @return the assessment of {@code after} against the rules in force on {@code before.asOf()}, equal to
     *         {@code evaluate(after, before.asOf())}
     * @throws IllegalArgumentException if {@code before} was not made by this compiled pack (or was read back
     *                                  from a report), {@code unitId} is not one of its units, or {@code after}
     *                                  has other units or another date
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1")
    public Assessment reevaluate(Assessment before, Dataset after, String unitId) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(unitId, "unitId");
        Units units = before.columns();
        if (units == null || units.run().owner() != this) {
            throw new IllegalArgumentException("the assessment was not made by this compiled pack");
        }
        Run previous = units.run();
        int changed = previous.indexOf(unitId);
        if (changed < 0) {
            throw new IllegalArgumentException("the assessment has no unit '" + unitId + "'");
        }
        if (!after.asOf().equals(before.dataAsOf())) {
            throw new IllegalArgumentException("the dataset is dated " + after.asOf() + ", the one assessed before " + before.dataAsOf());
        }
        return new Run(previous, after, changed).reevaluate(changed, warnings(before.asOf(), after.asOf()));
    }

    /**
     * The warnings of an evaluation on {@code asOf} of figures dated {@code dataAsOf}, before the run adds its own;
     * throws when the pack is not yet in force.
     */
    private List<Text> warnings(LocalDate asOf, LocalDate dataAsOf) {
        List<Text> warnings = new ArrayList<>();
        if (asOf.isBefore(pack.effective().from())) {
            throw new SmartVillageException("the rule pack is not in force", List.of(Problem.of("evaluation.packNotInForce",
                    Places.packVersion(pack.id(), pack.version()), "from", Messages.date(pack.effective().from()),
                    "date", Messages.date(asOf))));
        }
        // The units the figures are about are those of the data's date, whichever date's rules apply.
        Optional<vn.smartvillage.rules.Area> area = pack.area().filter(a -> a.endedBefore(dataAsOf));
        if (area.isPresent()) {
            // Said instead of "stale": the pack governs units the data's date no longer has.
            vn.smartvillage.rules.Area a = area.get();
            Text w = Messages.text("evaluation.areaEnded", "pack", pack.toString(), "area", a.name(), "codes", String.join(", ", a.codes()),
                    "until", a.lastDay().orElseThrow(), "date", dataAsOf, "then", a.succession().orElseThrow());
            warnings.add(w);
            Evaluator.Log.warn(w.en());
        }
        // A pack that ended before its area did (a pilot of one year) still says so; one that ended with or
        // after its area has said why already.
        boolean endedFirst = area.isEmpty() || pack.effective().to().filter(end -> end.isBefore(area.get().lastDay().orElseThrow())).isPresent();
        if (endedFirst && pack.effective().endedBefore(asOf)) {
            Text w = Messages.text("evaluation.stale", "pack", pack.toString(), "end", pack.effective().to().orElseThrow(), "date", asOf);
            warnings.add(w);
            Evaluator.Log.warn(w.en());
        }
        return warnings;
    }

    @Override
    public String toString() {
        return "CompiledPack[" + pack + "]";
    }

    private int rules() {
        return criterionIndex.size() + certificationIndex.size();
    }

    /** The slots of a tally: a rule's statuses, and for each certification those of its recognised and its either. */
    private int slots() {
        return rules() + (countsRecognitions ? 2 * certificationIndex.size() : 0);
    }

    /** The tally slot of certification rule {@code rule} counted by recognition alone. */
    private int recognisedSlot(int rule) {
        return rules() + 2 * (rule - indicators.length);
    }

    /** The tally slot of certification rule {@code rule} counted when recognised or certified. */
    private int eitherSlot(int rule) {
        return recognisedSlot(rule) + 1;
    }

    /** Numbers a requirement's rules once, so that a verdict reads results by number, not by id. */
    private Node compile(Requirement r) {
        return r.match(new Requirement.Cases<Node>() {
            @Override
            public Node allOf(List<Requirement> all) {
                return group(ALL, all);
            }

            @Override
            public Node anyOf(List<Requirement> any) {
                return group(1, any);
            }

            @Override
            public Node atLeast(int n, List<Requirement> options) {
                return group(n, options);
            }

            @Override
            public Node meets(String criterionId) {
                return new Node(r, Node.Kind.MEETS, criterionIndex.get(criterionId), 0, null);
            }

            @Override
            public Node childrenCertified(int count, AdminLevel level, String certificationId) {
                return new Node(r, Node.Kind.CHILDREN, certificationIndex.get(certificationId), count, null);
            }

            private Node group(int need, List<Requirement> parts) {
                return new Node(r, Node.Kind.GROUP, -1, need, parts.stream().map(CompiledPack.this::compile).toArray(Node[]::new));
            }
        });
    }

    /** How one indicator reads its value for a unit, in one run. */
    @FunctionalInterface
    private interface Reader {
        Reading read(Run run, Unit unit, Tally tally);
    }

    /**
     * Chooses the reader of indicator {@code rule} from the kind of its measure, once, when the pack is compiled;
     * for a measure over the units below, also numbers the rule it counts and writes the subject of its reason.
     */
    private final class ReaderOf implements Measure.Cases<Reader> {
        private final int rule;

        ReaderOf(int rule) {
            this.rule = rule;
        }

        @Override
        public Reader ratio(Metric<Long> numerator, Metric<Long> denominator) {
            kinds[rule] = RATIO;
            metricsRead[rule] = metricNumbers(List.of(numerator, denominator));
            return (run, unit, tally) -> run.ratio(unit, numerator, denominator);
        }

        @Override
        public Reader count(Metric<Long> metric) {
            kinds[rule] = COUNT;
            metricsRead[rule] = metricNumbers(List.of(metric));
            return (run, unit, tally) -> run.count(unit, metric);
        }

        @Override
        public Reader flag(Metric<Boolean> metric) {
            kinds[rule] = FLAG;
            metricsRead[rule] = metricNumbers(List.of(metric));
            return (run, unit, tally) -> run.flag(unit, metric);
        }

        @Override
        public Reader flagsHeld(List<Metric<Boolean>> flags) {
            kinds[rule] = FLAGS_HELD;
            metricsRead[rule] = metricNumbers(flags);
            return (run, unit, tally) -> run.flagsHeld(unit, flags);
        }

        @Override
        public Reader shareMeeting(AdminLevel level, String criterionId) {
            return meeting(level, criterionId, false);
        }

        @Override
        public Reader countMeeting(AdminLevel level, String criterionId) {
            return meeting(level, criterionId, true);
        }

        @Override
        public Reader shareCertified(AdminLevel level, String certificationId) {
            return certified(level, certificationId, false);
        }

        @Override
        public Reader countCertified(AdminLevel level, String certificationId) {
            return certified(level, certificationId, true);
        }

        @Override
        public Reader notEncoded(Text why) {
            kinds[rule] = NOT_ENCODED_KIND;
            return (run, unit, tally) -> Reading.undecided(Messages.text("reason.notEncoded", "why", why), NOT_ENCODED);
        }

        private Reader meeting(AdminLevel level, String criterionId, boolean count) {
            Criterion counted = pack.criterion(criterionId).orElseGet(() -> pack.target(criterionId).map(Target::indicator).orElseThrow());
            countedRule[rule] = criterionIndex.get(criterionId);
            subjects[rule] = Messages.text("subject.childrenMeeting", "level", level.label(), "criterion", counted.name());
            return children(level, count);
        }

        private Reader certified(AdminLevel level, String certificationId, boolean count) {
            Certification cert = pack.certification(certificationId).orElseThrow();
            Measure m = indicators[rule].measure();
            int certified = certificationIndex.get(certificationId);
            countedRule[rule] = !m.countsRecognised() ? certified : m.countsComputed() ? eitherSlot(certified) : recognisedSlot(certified);
            String subject = !m.countsRecognised() ? "subject.childrenCertified"
                    : m.countsComputed() ? "subject.childrenCertifiedOrRecognised" : "subject.childrenRecognised";
            subjects[rule] = Messages.text(subject, "level", level.label(), "certification", cert.name());
            return children(level, count);
        }

        private Reader children(AdminLevel level, boolean count) {
            kinds[rule] = CHILDREN;
            childLevel[rule] = level;
            childCount[rule] = count;
            int counted = countedRule[rule];
            Text subject = subjects[rule];
            return (run, unit, tally) -> run.gone(level) ? Reading.notApplicable(run.levelGone(level), subject)
                    : CompiledPack.children(count, level, tally.counts(counted), subject);
        }
    }

    /**
     * One evaluation of one dataset; holds the per-run state so that the compiled pack stays immutable.
     *
     * <p>The evaluation keeps its verdicts in columns: per rule, a byte of status per unit, by unit index in
     * dataset order; and per unit with children, the tally of the verdicts below it. Each unit's values are
     * read from the dataset's columns by metric ({@link UnitTable}). The result objects (a
     * {@link UnitAssessment} with its {@link CriterionResult}s, gaps, reasons and roll-ups) are made from
     * these only when a caller asks for a unit ({@link #materialize}), by the same readers and judge as
     * always, so they are what an evaluation that made them all would have made.
     */
    final class Run {
        private final Dataset data;
        private final LocalDate asOf;
        private final UnitTable<Unit, Metric<?>> table;
        /**
         * The status ordinal of every unit and rule at the unit's level: one row of {@link #width} bytes per unit,
         * by unit index, in chunks of {@link #CHUNK} units (unit {@code i}'s row is in chunk {@code i >>> SHIFT}).
         * A re-evaluation shares the chunks of the run it starts from and copies only those it writes.
         */
        private final byte[][] status;
        /** The number of rules: the width of a unit's row of statuses. */
        private final int width;
        /** Per unit with children, the tally of the verdicts below it (null for a unit without children), in chunks as {@link #status}. */
        private final Tally[][] tallies;
        /** The columns of the metrics the measures read, by metric number. */
        private final UnitTable.Column[] columns;
        /** Per indicator, whether it is in force on {@code asOf}. */
        private final boolean[] inForce;
        /** Per indicator, the column of the count its scope reads (a commune group), or null for a rule of every unit. */
        private final UnitTable.Column[] scopes;
        /** The levels the data has units at. */
        private final Set<AdminLevel> present = EnumSet.noneOf(AdminLevel.class);
        /** Per level ordinal, whether the measures over units at it find none: the data's date abolished it. */
        private final boolean[] gone = new boolean[AdminLevel.values().length];

        Run(Dataset data, LocalDate asOf) {
            this.data = data;
            this.asOf = asOf;
            this.table = UnitTable.of(data);
            int n = table.size();
            this.width = rules();
            int chunks = (n + CHUNK - 1) >>> SHIFT;
            this.status = new byte[chunks][];
            this.tallies = new Tally[chunks][];
            for (int k = 0; k < chunks; k++) {
                int units = Math.min(CHUNK, n - (k << SHIFT));
                status[k] = new byte[units * width];
                tallies[k] = new Tally[units];
            }
            this.columns = new UnitTable.Column[readMetrics.size()];
            for (int m = 0; m < columns.length; m++) {
                columns[m] = table.column(readMetrics.get(m));
            }
            this.inForce = new boolean[indicators.length];
            for (int r = 0; r < indicators.length; r++) {
                inForce[r] = indicators[r].effective().contains(asOf);
            }
            this.scopes = scopes();
        }

        /** The columns of the counts the scoped rules read: what {@link #evaluate(int, Unit, Tally)} asks of the dataset. */
        private UnitTable.Column[] scopes() {
            UnitTable.Column[] out = new UnitTable.Column[indicators.length];
            for (int r = 0; r < indicators.length; r++) {
                Optional<Metric<Long>> scope = indicators[r].appliesWhere();
                if (scope.isPresent()) {
                    out[r] = table.column(scope.get());
                }
            }
            return out;
        }

        /**
         * A run that starts from {@code before}'s columns, for {@code after}, a dataset that differs from
         * {@code before}'s only in the figures of the unit at {@code changed}. It shares {@code before}'s chunks
         * of statuses and tallies; {@link #reevaluate} copies the few it writes, so that a re-evaluation costs
         * the changed unit and its ancestors, not the country.
         */
        Run(Run before, Dataset after, int changed) {
            this.data = after;
            this.asOf = before.asOf;
            this.table = UnitTable.derive(after, before.table, changed);
            this.width = before.width;
            this.status = before.status.clone();
            this.tallies = before.tallies.clone();
            // The chunks this run writes are copied, each once: those of the unit and of its ancestors. A chunk still
            // shared with the run before is one not copied yet.
            for (int i = changed; i >= 0; i = parent(i)) {
                int k = i >>> SHIFT;
                if (status[k] == before.status[k]) {
                    status[k] = before.status[k].clone();
                    tallies[k] = before.tallies[k].clone();
                }
            }
            // The table shares the figures of the one before; a column object per metric read is all that is made here.
            this.columns = new UnitTable.Column[readMetrics.size()];
            for (int m = 0; m < columns.length; m++) {
                columns[m] = table.column(readMetrics.get(m));
            }
            this.inForce = before.inForce;
            this.scopes = scopes();
            this.present.addAll(before.present);
            System.arraycopy(before.gone, 0, gone, 0, gone.length);
        }

        /** Judges again the unit at {@code changed} and every unit above it, bottom-up. */
        Assessment reevaluate(int changed, List<Text> warnings) {
            warnAbolished(warnings);
            for (int i = changed; i >= 0; i = parent(i)) {
                assess(i);
            }
            return new Assessment(pack, packRef, asOf, data.asOf(), new Units(this), warnings, data.recognitions());
        }

        private int parent(int i) {
            return table.unit(i).parentId().map(table::indexOf).orElse(-1);
        }

        /** {@return the compiled pack this run evaluates} */
        CompiledPack owner() {
            return CompiledPack.this;
        }

        Assessment evaluate(List<Text> warnings) {
            // Bottom-up, one level at a time: a unit reads only the verdicts of the level below, so the
            // units of one level are independent and a large level is shared among threads.
            int n = table.size();
            int[][] byLevel = table.byLevel();
            for (int l = 0; l < byLevel.length; l++) {
                if (byLevel[l].length > 0) {
                    present.add(AdminLevel.values()[l]);
                }
            }
            for (AdminLevel level : AdminLevel.values()) {
                gone[level.ordinal()] = gone(level);
            }
            warnAbolished(warnings);
            for (int l = byLevel.length - 1; l >= 0; l--) {
                int[] units = byLevel[l];
                if (units.length > 0) {
                    evaluator.forEach(units.length, k -> assess(units[k]));
                }
            }
            return new Assessment(pack, packRef, asOf, data.asOf(), new Units(this), warnings, data.recognitions());
        }

        /** {@return the number of units} */
        int size() {
            return table.size();
        }

        /** {@return the index of the unit {@code id}, or -1} */
        int indexOf(String id) {
            return table.indexOf(id);
        }

        /** {@return the indices of unit {@code i}'s children} */
        int[] children(int i) {
            return table.children(i);
        }

        /** Rules for a level the data's date has abolished, with no unit at it: said once, not silently skipped. */
        private void warnAbolished(List<Text> warnings) {
            for (AdminLevel level : AdminLevel.values()) {
                List<String> ids = idsAt.get(level);
                if (gone(level) && !ids.isEmpty()) {
                    warnings.add(Messages.text("evaluation.levelAbolished", "level", level.label(), "rules", String.join(", ", ids),
                            "abolished", level.abolishedOn().orElseThrow(), "date", data.asOf()));
                }
            }
        }

        /** Judges unit {@code i} into the columns: its tally of the units below, then its rules' statuses. */
        private void assess(int i) {
            Tally tally = tallyChildren(i);
            tallies[i >>> SHIFT][i & MASK] = tally;
            Tally t = tally == null ? EMPTY : tally;
            int[][] rules = rulesAt[table.level(i)];
            byte[] row = status[i >>> SHIFT];
            int at = (i & MASK) * width;
            for (int r : rules[0]) {
                row[at + r] = (byte) status(r, i, t).ordinal();
            }
            for (int r : rules[1]) {
                row[at + r] = (byte) status(r, i, t).ordinal();
            }
            for (int r : rules[2]) {
                row[at + r] = (byte) verdict(certificationNodes[r - indicators.length], i, t).ordinal();
            }
        }

        /** {@return the status ordinal of unit {@code i} for rule {@code r}} */
        private int statusOf(int i, int r) {
            return status[i >>> SHIFT][(i & MASK) * width + r];
        }

        /** {@return the tally of the verdicts below unit {@code i}, or null for a unit without children} */
        private Tally tallyOf(int i) {
            return tallies[i >>> SHIFT][i & MASK];
        }

        /** The status of indicator {@code rule} for unit {@code i}, read from the columns; what {@link Judge#judge} decides. */
        private Status status(int rule, int i, Tally tally) {
            if (!inForce[rule]) {
                return Status.NOT_APPLICABLE;
            }
            if (scopes[rule] != null) {
                // A rule for some units only: not stated is missing data, another value not applicable.
                long stated = scopes[rule].value(i);
                if (stated == UnitTable.MISSING) {
                    return Status.MISSING_DATA;
                }
                if (stated != indicators[rule].appliesWhereValue().getAsLong()) {
                    return Status.NOT_APPLICABLE;
                }
            }
            int[] m = metricsRead[rule];
            switch (kinds[rule]) {
                case RATIO: {
                    long num = columns[m[0]].value(i);
                    long den = columns[m[1]].value(i);
                    if (num == UnitTable.MISSING || den == UnitTable.MISSING) {
                        return Status.MISSING_DATA;
                    }
                    if (den == 0) {
                        return num == 0 ? Judge.whenEmpty(indicators[rule]) : Status.MISSING_DATA;
                    }
                    return judge(rule, num, den, 0);
                }
                case COUNT:
                case FLAG: {
                    long v = columns[m[0]].value(i);
                    return v == UnitTable.MISSING ? Status.MISSING_DATA : judge(rule, v, 1, 0);
                }
                case FLAGS_HELD: {
                    long held = 0;
                    long unknown = 0;
                    for (int k : m) {
                        long v = columns[k].value(i);
                        if (v == UnitTable.MISSING) {
                            unknown++;
                        } else if (v != 0) {
                            held++;
                        }
                    }
                    return judge(rule, held, 1, unknown);
                }
                case CHILDREN: {
                    if (gone[childLevel[rule].ordinal()]) {
                        return Status.NOT_APPLICABLE;
                    }
                    int counted = countedRule[rule];
                    long met = tally.get(counted, Status.MET);
                    long undecided = tally.get(counted, Status.MISSING_DATA);
                    long applicable = met + tally.get(counted, Status.NOT_MET) + undecided;
                    if (childCount[rule]) {
                        return applicable + tally.get(counted, Status.NOT_APPLICABLE) == 0 ? Status.MISSING_DATA
                                : judge(rule, met, 1, undecided);
                    }
                    return applicable == 0 ? Judge.whenEmpty(indicators[rule]) : judge(rule, met, applicable, undecided);
                }
                default:
                    return Status.MISSING_DATA;
            }
        }

        private Status judge(int rule, long numerator, long denominator, long unknown) {
            return Judge.status(comparisons[rule], numerator, denominator, unknown, thresholds[rule]);
        }

        /** The status of a certification's requirement for unit {@code i}, from the columns; what {@link #verdict(Node, CriterionResult[], Tally)} decides. */
        private Status verdict(Node n, int i, Tally tally) {
            if (n.kind() == Node.Kind.MEETS) {
                return STATUS[statusOf(i, n.rule())];
            }
            if (n.kind() == Node.Kind.CHILDREN) {
                long met = tally.get(n.rule(), Status.MET);
                long undecided = tally.get(n.rule(), Status.MISSING_DATA);
                boolean none = met + undecided + tally.get(n.rule(), Status.NOT_MET) + tally.get(n.rule(), Status.NOT_APPLICABLE) == 0;
                return met >= n.need() ? Status.MET : met + undecided < n.need() && !none ? Status.NOT_MET : Status.MISSING_DATA;
            }
            int met = 0;
            int notMet = 0;
            int missing = 0;
            int notApplicable = 0;
            for (Node p : n.parts()) {
                switch (verdict(p, i, tally)) {
                    case MET -> met++;
                    case NOT_MET -> notMet++;
                    case MISSING_DATA -> missing++;
                    default -> notApplicable++;
                }
            }
            int parts = n.parts().length;
            if (n.need() == ALL) {
                return notMet > 0 ? Status.NOT_MET : missing > 0 ? Status.MISSING_DATA
                        : notApplicable == parts ? Status.NOT_APPLICABLE : Status.MET;
            }
            return met >= n.need() ? Status.MET : notApplicable == parts ? Status.NOT_APPLICABLE
                    : met + missing < n.need() ? Status.NOT_MET : Status.MISSING_DATA;
        }

        /**
         * Makes the assessment of unit {@code i} from the columns: the results with their values, gaps,
         * progress and reasons, read and judged as they always are, and the roll-ups from its tally.
         */
        UnitAssessment materialize(int i) {
            Unit unit = table.unit(i);
            Tally below = tallyOf(i);
            Tally tally = below == null ? EMPTY : below;
            // This level's rules by number, in pack order; a unit's own results by rule number.
            int[][] rules = rulesAt[unit.level().ordinal()];
            CriterionResult[] own = new CriterionResult[indicators.length];
            List<CriterionResult> criteria = new ArrayList<>(rules[0].length);
            for (int r : rules[0]) {
                CriterionResult result = evaluate(r, unit, tally);
                assert result.status().ordinal() == statusOf(i, r) : result + " is not the column's " + STATUS[statusOf(i, r)];
                own[r] = result;
                criteria.add(result);
            }
            List<TargetResult> targets = new ArrayList<>(rules[1].length);
            for (int r : rules[1]) {
                Target t = targetsByRule[r];
                CriterionResult result = evaluate(r, unit, tally);
                assert result.status().ordinal() == statusOf(i, r) : result + " is not the column's " + STATUS[statusOf(i, r)];
                own[r] = result;
                targets.add(new TargetResult(t, result, asOf.isAfter(t.deadline())));
            }
            List<CertificationResult> certs = new ArrayList<>(rules[2].length);
            for (int r : rules[2]) {
                Certification cert = certificationsByRule[r - indicators.length];
                Verdict v = verdict(certificationNodes[r - indicators.length], own, tally);
                assert v.status().ordinal() == statusOf(i, r) : cert.id() + " " + v.status() + " is not the column's " + STATUS[statusOf(i, r)];
                certs.add(new CertificationResult(cert, unit.id(), v.status(), v.unmet()));
            }
            return new UnitAssessment(unit, criteria, certs, targets, rollUps(unit, tally));
        }

        private CriterionResult evaluate(int rule, Unit unit, Tally tally) {
            Criterion c = indicators[rule];
            if (!c.effective().contains(asOf)) {
                return Judge.notInForce(c, unit.id(), asOf);
            }
            if (c.appliesWhere().isPresent()) {
                // A rule for some units only (a commune group): which units is data, never guessed.
                Metric<Long> scope = c.appliesWhere().get();
                long wanted = c.appliesWhereValue().getAsLong();
                Optional<Long> stated = data.value(unit.id(), scope);
                if (stated.isEmpty()) {
                    return Judge.scopeUnknown(c, unit.id(), scope, wanted);
                }
                if (stated.get() != wanted) {
                    return Judge.outOfScope(c, unit.id(), scope, wanted, stated.get());
                }
            }
            return Judge.judge(c, unit.id(), read(rule, unit, tally), thresholds[rule]);
        }

        /** Adds up the verdicts of the unit's children and of everything below them; null for a unit without children. */
        private Tally tallyChildren(int i) {
            int[] children = table.children(i);
            if (children.length == 0) {
                return null;
            }
            Tally tally = new Tally(slots());
            long[] counts = tally.counts;
            for (int child : children) {
                Tally below = tallyOf(child);
                if (below != null) {
                    tally.addAll(below);
                }
                int level = table.level(child);
                byte[] row = status[child >>> SHIFT];
                int at = (child & MASK) * width;
                for (int r : allRulesAt[level]) {
                    counts[r * 4 + row[at + r]]++;
                }
                if (countsRecognitions) {
                    String childId = table.unit(child).id();
                    for (int r : rulesAt[level][2]) {
                        Status computed = STATUS[row[at + r]];
                        boolean recognised = recognised(childId, certificationsByRule[r - indicators.length].id());
                        tally.add(recognisedSlot(r), recognised ? Status.MET : Status.NOT_MET);
                        tally.add(eitherSlot(r), recognised ? Status.MET : computed);
                    }
                }
            }
            return tally;
        }

        /** Whether an official decision of the data, in force on the date of the rules applied, recognises the unit as holding the certification. */
        private boolean recognised(String unitId, String certificationId) {
            for (vn.smartvillage.data.Recognition r : data.recognitions(unitId)) {
                if (r.grants(certificationId, asOf)) {
                    return true;
                }
            }
            return false;
        }

        private List<RollUp> rollUps(Unit unit, Tally tally) {
            RollUpRule[] below = rollUpRules.get(unit.level());
            List<RollUp> out = new ArrayList<>(below.length);
            for (RollUpRule r : below) {
                long[] c = tally.counts(r.rule());
                out.add(new RollUp(r.kind(), r.id(), r.level(), c[0], c[1], c[2], c[3]));
            }
            return out;
        }

        private Reading read(int rule, Unit unit, Tally tally) {
            return readers[rule].read(this, unit, tally);
        }

        private Reading ratio(Unit unit, Metric<Long> numerator, Metric<Long> denominator) {
            Optional<Long> n = data.value(unit.id(), numerator);
            Optional<Long> d = data.value(unit.id(), denominator);
            if (n.isEmpty() || d.isEmpty()) {
                List<Metric<Long>> missing = new ArrayList<>();
                if (n.isEmpty()) {
                    missing.add(numerator);
                }
                if (d.isEmpty()) {
                    missing.add(denominator);
                }
                return Reading.missing(missing, numerator.name());
            }
            if (d.get() == 0) {
                // n of 0 with n > 0 cannot be a share; without a usable denominator the value is unknown.
                return n.get() == 0 ? Reading.empty(numerator.name())
                        : Reading.missing(List.of(denominator), numerator.name());
            }
            long num = n.get();
            long den = d.get();
            return Reading.known(num, den, 0, den, numerator.name(), () -> share(num, den), List.of());
        }

        private Reading count(Unit unit, Metric<Long> metric) {
            return data.value(unit.id(), metric)
                    .map(n -> Reading.known(n, 1, 0, Long.MAX_VALUE, metric.name(), () -> whole(n), List.of()))
                    .orElseGet(() -> Reading.missing(List.of(metric), metric.name()));
        }

        private Reading flag(Unit unit, Metric<Boolean> metric) {
            return data.value(unit.id(), metric)
                    .map(b -> Reading.known(b ? 1 : 0, 1, 0, 1, metric.name(), b ? () -> YES : () -> NO, List.of()))
                    .orElseGet(() -> Reading.missing(List.of(metric), metric.name()));
        }

        private Reading flagsHeld(Unit unit, List<Metric<Boolean>> flags) {
            long held = 0;
            List<String> unknown = new ArrayList<>();
            for (Metric<Boolean> f : flags) {
                Optional<Boolean> b = data.value(unit.id(), f);
                if (b.isEmpty()) {
                    unknown.add(f.id());
                } else if (b.get()) {
                    held++;
                }
            }
            int size = flags.size();
            long h = held;
            return Reading.known(held, 1, unknown.size(), size, GROUP_ITEMS, () -> Messages.text("value.ofGroup", "held", h,
                    "size", size), unknown);
        }

        /** Whether the data, by its date, is from after {@code level} was abolished and has no unit at it. */
        private boolean gone(AdminLevel level) {
            return level.abolishedBy(data.asOf()) && !present.contains(level);
        }

        private Text levelGone(AdminLevel level) {
            return Messages.text("reason.levelAbolished", "level", level.label(), "abolished", level.abolishedOn().orElseThrow(),
                    "date", data.asOf());
        }

        private Verdict verdict(Node n, CriterionResult[] own, Tally tally) {
            Requirement r = n.requirement();
            if (n.kind() == Node.Kind.MEETS) {
                return Verdict.leaf(r, own[n.rule()].status());
            }
            if (n.kind() == Node.Kind.CHILDREN) {
                long[] c = tally.counts(n.rule());
                long met = c[Status.MET.ordinal()];
                long undecided = c[Status.MISSING_DATA.ordinal()];
                Status s = met >= n.need() ? Status.MET
                        : met + undecided < n.need() && !noUnits(c) ? Status.NOT_MET : Status.MISSING_DATA;
                return Verdict.leaf(r, s);
            }
            List<Verdict> verdicts = new ArrayList<>(n.parts().length);
            for (Node p : n.parts()) {
                verdicts.add(verdict(p, own, tally));
            }
            return n.need() == ALL ? Verdict.allOf(verdicts) : Verdict.atLeast(n.need(), verdicts);
        }
    }

    /** Whether a tally's counts for one rule hold no unit at all: the data has no unit at that level below. */
    private static boolean noUnits(long[] counts) {
        return counts[0] + counts[1] + counts[2] + counts[3] == 0;
    }

    /** The reading of a measure over the units below: their number when {@code count}, else their share. */
    private static Reading children(boolean count, AdminLevel level, long[] counts, Text subject) {
        long[] c = counts;
        long met = c[Status.MET.ordinal()];
        long undecided = c[Status.MISSING_DATA.ordinal()];
        long applicable = met + c[Status.NOT_MET.ordinal()] + undecided;
        if (count) {
            if (noUnits(c)) {
                // No unit at that level below this one: the data does not describe them, so the count is unknown, not 0.
                return Reading.undecided(Messages.text("reason.noUnitsBelow", "level", level.label()), subject);
            }
            return Reading.known(met, 1, undecided, applicable, subject, () -> whole(met), List.of());
        }
        if (applicable == 0) {
            return Reading.empty(subject);
        }
        return Reading.known(met, applicable, undecided, applicable, subject, () -> share(met, applicable), List.of());
    }

    private static Text share(long n, long d) {
        // "=" only when the percentage shown is the exact value, "≈" when it is rounded.
        boolean exact = java.math.BigInteger.valueOf(n).multiply(java.math.BigInteger.valueOf(10_000))
                .mod(java.math.BigInteger.valueOf(d)).signum() == 0;
        return Messages.text(exact ? "value.share" : "value.share.rounded", "numerator", n, "denominator", d,
                "percent", Fraction.of(n, d).percent(2));
    }

    private static Text whole(long n) {
        return Text.of(Numbers.whole(n, true), Numbers.whole(n, false));
    }

    private static final int STATUSES = Status.values().length;

    /**
     * A run's statuses and tallies are kept in chunks of {@code CHUNK} units: small enough that a
     * re-evaluation copies a few kilobytes for the unit and each ancestor, and few enough (one pointer per
     * chunk) that copying the chunk pointers costs little more.
     */
    private static final int SHIFT = 7;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    private static final Status[] STATUS = Status.values();

    /** A roll-up a unit reports: what it counts, and the number of the rule counted. */
    private record RollUpRule(RuleKind kind, String id, AdminLevel level, int rule) {
    }

    /** Counts of statuses per rule over the units below one unit, in one flat array: rule × 4 + status. */
    private static final class Tally {
        private final long[] counts;

        Tally(int rules) {
            counts = new long[rules * 4];
        }

        void add(int rule, Status s) {
            counts[rule * 4 + s.ordinal()]++;
        }

        void addAll(Tally other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
        }

        /** The count of units below with status {@code s} for the rule (or tally slot) {@code rule}; 0 beyond the tally. */
        long get(int rule, Status s) {
            int k = rule * 4 + s.ordinal();
            return k < counts.length ? counts[k] : 0;
        }

        /** The four counts of one rule, by status ordinal. */
        long[] counts(int rule) {
            return rule * 4 < counts.length ? Arrays.copyOfRange(counts, rule * 4, rule * 4 + 4) : new long[4];
        }
    }

    /** The tally of a unit without children. */
    private static final Tally EMPTY = new Tally(0);

    /** "All of" in a compiled requirement's {@code need}. */
    private static final int ALL = -1;

    /**
     * A requirement with its kind and rule numbered: a criterion's or a certification's number for a leaf, and
     * how many must hold: the units below holding the certification for a {@code CHILDREN} leaf, the parts
     * for a group ({@link #ALL} for "all of").
     */
    private record Node(Requirement requirement, Kind kind, int rule, int need, Node[] parts) {
        /** A criterion the unit meets, units below holding a certification, or a group of requirements. */
        enum Kind { MEETS, CHILDREN, GROUP }
    }

    /** The verdict of a requirement node, with the leaves that stand in the way. */
    private record Verdict(Status status, List<Requirement> unmet) {

        static Verdict leaf(Requirement r, Status s) {
            return new Verdict(s, s == Status.NOT_MET || s == Status.MISSING_DATA ? List.of(r) : List.of());
        }

        static Verdict allOf(List<Verdict> parts) {
            int[] n = count(parts);
            Status s = n[Status.NOT_MET.ordinal()] > 0 ? Status.NOT_MET
                    : n[Status.MISSING_DATA.ordinal()] > 0 ? Status.MISSING_DATA
                    : n[Status.NOT_APPLICABLE.ordinal()] == parts.size() ? Status.NOT_APPLICABLE : Status.MET;
            return new Verdict(s, unmetOf(s, parts));
        }

        static Verdict atLeast(int need, List<Verdict> parts) {
            int[] n = count(parts);
            int met = n[Status.MET.ordinal()];
            int undecided = n[Status.MISSING_DATA.ordinal()];
            Status s = met >= need ? Status.MET : n[Status.NOT_APPLICABLE.ordinal()] == parts.size() ? Status.NOT_APPLICABLE
                    : met + undecided < need ? Status.NOT_MET : Status.MISSING_DATA;
            return new Verdict(s, unmetOf(s, parts));
        }

        /** How many parts have each status, by ordinal. */
        private static int[] count(List<Verdict> parts) {
            int[] n = new int[STATUSES];
            for (Verdict v : parts) {
                n[v.status().ordinal()]++;
            }
            return n;
        }

        private static List<Requirement> unmetOf(Status s, List<Verdict> parts) {
            if (s == Status.MET || s == Status.NOT_APPLICABLE) {
                return List.of();
            }
            List<Requirement> out = new ArrayList<>();
            for (Verdict v : parts) {
                out.addAll(v.unmet());
            }
            return out;
        }
    }
}
