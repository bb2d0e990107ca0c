package vn.smartvillage.internal.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.smartvillage.Text;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.metric.Aggregation;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.EffectivePeriod;
import vn.smartvillage.rules.Measure;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Target;
import vn.smartvillage.rules.Threshold;
import vn.smartvillage.rules.WhenEmpty;

/** The rule-pack format's writer: a pack as its canonical document, and the content hash of that document. */
public final class PackWriter {

    /** The format version written. */
    public static final int FORMAT = 1;

    private PackWriter() {
    }

    /**
     * Writes {@code pack} as a flat document: every criterion, certification and target it holds,
     * inherited or its own, with no {@code extends}; reading it back gives an equal pack. The output is
     * deterministic: the same pack always gives the same bytes.
     *
     * @param pack the pack to write, not null
     * @return the document, in format {@value #FORMAT}: JSON indented by two spaces, with {@code \n} line
     *         ends and a final newline
     */
    public static String write(RulePack pack) {
        JsonOut.Obj root = JsonOut.object();
        root.put("format", FORMAT);
        root.put("id", pack.id());
        root.put("version", pack.version());
        root.set("title", text(pack.title()));
        root.set("effective", period(pack.effective(), true));
        JsonOut.Arr metrics = root.putArray("metrics");
        ownMetrics(pack).forEach(m -> metrics.add(metric(m)));
        JsonOut.Arr criteria = root.putArray("criteria");
        pack.criteria().forEach(c -> criteria.add(criterion(c)));
        JsonOut.Arr certifications = root.putArray("certifications");
        pack.certifications().forEach(c -> certifications.add(certification(c)));
        JsonOut.Arr targets = root.putArray("targets");
        pack.targets().forEach(t -> targets.add(target(t)));
        return root.text();
    }

    /**
     * Returns the SHA-256 of {@link #write(RulePack)}, in lower-case hex: the same rules always give the
     * same hash, so an assessment can name exactly the rules it used.
     *
     * @param pack the pack, not null
     * @return 64 lower-case hex digits: the SHA-256 of the UTF-8 bytes of {@code write(pack)}
     */
    public static String contentHash(RulePack pack) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(pack).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The metrics a document must declare: the pack's own, and any other metric its rules read that is
     * not of its vocabulary, each after the metrics it refers to.
     */
    private static List<Metric<?>> ownMetrics(RulePack pack) {
        Set<Metric<?>> given = Set.copyOf(pack.vocabulary());
        Set<Metric<?>> out = new LinkedHashSet<>();
        List<Metric<?>> wanted = new ArrayList<>(pack.metrics());
        pack.criteria().forEach(c -> wanted.addAll(c.measure().metrics()));
        pack.targets().forEach(t -> wanted.addAll(t.indicator().measure().metrics()));
        wanted.forEach(m -> addWithDependencies(m, given, out));
        return List.copyOf(out);
    }

    private static void addWithDependencies(Metric<?> m, Set<Metric<?>> given, Set<Metric<?>> out) {
        if (out.contains(m) || given.contains(m)) {
            return;
        }
        m.whole().ifPresent(w -> addWithDependencies(w, given, out));
        m.aggregation().ifPresent(a -> {
            if (a instanceof Aggregation.HouseholdsWhere w) {
                addWithDependencies(w.flag(), given, out);
            } else if (a instanceof Aggregation.HouseholdSum s) {
                addWithDependencies(s.count(), given, out);
            }
        });
        out.add(m);
    }

    private static JsonOut.Obj metric(Metric<?> m) {
        JsonOut.Obj o = JsonOut.object();
        o.put("id", m.id());
        o.set("name", text(m.name()));
        o.put("level", Cursor.enumName(m.level()));
        o.put("type", Cursor.enumName(m.type()));
        m.aggregation().ifPresent(a -> {
            if (a instanceof Aggregation.Sum) {
                o.put("aggregation", "sum");
            } else if (a instanceof Aggregation.Households) {
                o.put("aggregation", "households");
            } else if (a instanceof Aggregation.HouseholdsWhere w) {
                o.putObject("aggregation").put("householdsWhere", w.flag().id());
            } else if (a instanceof Aggregation.HouseholdSum s) {
                o.putObject("aggregation").put("householdsSum", s.count().id());
            }
        });
        m.whole().ifPresent(w -> o.put("partOf", w.id()));
        return o;
    }

    private static JsonOut.Obj criterion(Criterion c) {
        JsonOut.Obj o = JsonOut.object();
        o.put("id", c.id());
        o.set("name", text(c.name()));
        o.put("level", Cursor.enumName(c.level()));
        c.pillarIfAny().ifPresent(p -> o.put("pillar", Cursor.enumName(p)));
        c.componentIfAny().ifPresent(p -> o.put("component", Cursor.enumName(p)));
        o.set("measure", measure(c.measure()));
        if (c.isEncoded()) {
            o.put("threshold", threshold(c.threshold()));
        }
        o.set("citation", citation(c.citation()));
        if (!c.effective().equals(EffectivePeriod.ALWAYS)) {
            o.set("effective", period(c.effective(), false));
        }
        if (c.whenEmpty() != WhenEmpty.NOT_APPLICABLE) {
            o.put("whenEmpty", Cursor.enumName(c.whenEmpty()));
        }
        return o;
    }

    private static JsonOut.Obj target(Target t) {
        JsonOut.Obj o = criterion(t.indicator());
        o.put("deadline", t.deadline().toString());
        t.knownBaseline().ifPresent(b -> o.put("baseline", b));
        return o;
    }

    private static JsonOut.Obj certification(Certification c) {
        JsonOut.Obj o = JsonOut.object();
        o.put("id", c.id());
        o.set("name", text(c.name()));
        o.put("level", Cursor.enumName(c.level()));
        o.set("requirement", requirement(c.requirement()));
        o.set("citation", citation(c.citation()));
        return o;
    }

    private static JsonOut.Obj measure(Measure m) {
        JsonOut.Obj o = JsonOut.object();
        if (m instanceof Measure.Ratio r) {
            JsonOut.Obj ratio = o.putObject("ratio");
            ratio.put("numerator", r.numerator().id());
            ratio.put("denominator", r.denominator().id());
        } else if (m instanceof Measure.Count c) {
            o.put("count", c.metric().id());
        } else if (m instanceof Measure.Flag f) {
            o.put("flag", f.metric().id());
        } else if (m instanceof Measure.FlagsHeld f) {
            JsonOut.Arr flags = o.putArray("flagsHeld");
            f.flags().forEach(x -> flags.add(x.id()));
        } else if (m instanceof Measure.NotEncoded n) {
            o.set("notEncoded", text(n.why()));
        } else if (m instanceof Measure.ChildrenMeeting c) {
            JsonOut.Obj x = o.putObject("childrenMeeting");
            x.put("level", Cursor.enumName(c.level()));
            x.put("criterion", c.criterionId());
            x.put("form", Cursor.enumName(c.form()));
        } else if (m instanceof Measure.ChildrenCertified c) {
            JsonOut.Obj x = o.putObject("childrenCertified");
            x.put("level", Cursor.enumName(c.level()));
            x.put("certification", c.certificationId());
            x.put("form", Cursor.enumName(c.form()));
        }
        return o;
    }

    private static JsonOut.Value requirement(Requirement r) {
        JsonOut.Obj o = JsonOut.object();
        if (r instanceof Requirement.AllOf a) {
            JsonOut.Arr all = o.putArray("allOf");
            a.all().forEach(x -> all.add(requirement(x)));
        } else if (r instanceof Requirement.AnyOf a) {
            JsonOut.Arr any = o.putArray("anyOf");
            a.any().forEach(x -> any.add(requirement(x)));
        } else if (r instanceof Requirement.AtLeast a) {
            o.put("atLeast", a.n());
            JsonOut.Arr of = o.putArray("of");
            a.options().forEach(x -> of.add(requirement(x)));
        } else if (r instanceof Requirement.Meets m) {
            o.put("meets", m.criterionId());
        } else if (r instanceof Requirement.ChildrenCertified c) {
            JsonOut.Obj x = o.putObject("childrenCertified");
            x.put("count", c.count());
            x.put("level", Cursor.enumName(c.level()));
            x.put("certification", c.certificationId());
        }
        return o;
    }

    /**
     * Returns a threshold as a pack document writes it: {@code ">= 25 %"}, {@code "< 3"} (ASCII operators,
     * the exact value, and {@code %} for a percentage). Reports use the same form.
     *
     * @param t the threshold, not null
     * @return the operator ({@code >= > <= < =}), a space, the value in plain notation, and {@code " %"} for a
     *         percentage
     */
    public static String threshold(Threshold t) {
        String op = switch (t.comparison()) {
            case AT_LEAST -> ">=";
            case MORE_THAN -> ">";
            case AT_MOST -> "<=";
            case LESS_THAN -> "<";
            case EQUAL_TO -> "=";
        };
        return op + " " + t.value().toPlainString() + (t.percent() ? " %" : "");
    }

    private static JsonOut.Obj citation(Citation c) {
        JsonOut.Obj o = JsonOut.object();
        o.put("document", c.document());
        c.knownDate().ifPresent(d -> o.put("date", d.toString()));
        if (c.article() != null) {
            o.put("article", c.article());
        }
        if (c.url() != null) {
            o.put("url", c.url());
        }
        if (c.source() != null) {
            o.put("source", c.source());
        }
        c.verification().ifPresent(v -> o.put("verified", Cursor.enumName(v)));
        return o;
    }

    private static JsonOut.Obj text(Text t) {
        JsonOut.Obj o = JsonOut.object();
        o.put("vi", t.vi());
        o.put("en", t.en());
        return o;
    }

    private static JsonOut.Obj period(EffectivePeriod p, boolean fromRequired) {
        JsonOut.Obj o = JsonOut.object();
        if (fromRequired || !p.from().equals(LocalDate.MIN)) {
            o.put("from", p.from().toString());
        }
        p.end().ifPresent(to -> o.put("to", to.toString()));
        return o;
    }
}
