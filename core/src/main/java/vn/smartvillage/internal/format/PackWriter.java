package vn.smartvillage.internal.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.metric.Aggregation;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/**
 * The rule-pack format's writer: a pack as its canonical document (each element written by its codec, the
 * reader's counterpart), and the content hash of that document.
 */
public final class PackWriter {

    /** The format version written. */
    public static final int FORMAT = PackFormat.VERSION;

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
        root.put(PackDocument.FORMAT.name(), FORMAT);
        root.put(PackDocument.ID.name(), pack.id());
        root.put(PackDocument.VERSION.name(), pack.version());
        root.set(PackDocument.TITLE.name(), Values.text(pack.title()));
        root.set(PackDocument.EFFECTIVE.name(), Values.period(pack.effective(), true));
        pack.area().ifPresent(a -> root.set(PackDocument.AREA.name(), AreaCodec.write(a)));
        JsonOut.Arr metrics = root.putArray(PackDocument.METRICS.name());
        ownMetrics(pack).forEach(m -> metrics.add(MetricCodec.write(m)));
        JsonOut.Arr criteria = root.putArray(PackDocument.CRITERIA.name());
        pack.criteria().forEach(c -> criteria.add(CriterionCodec.write(c)));
        JsonOut.Arr certifications = root.putArray(PackDocument.CERTIFICATIONS.name());
        pack.certifications().forEach(c -> certifications.add(CertificationCodec.write(c)));
        JsonOut.Arr targets = root.putArray(PackDocument.TARGETS.name());
        pack.targets().forEach(t -> targets.add(TargetCodec.write(t)));
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
        m.aggregation().flatMap(Aggregation::householdMetric).ifPresent(h -> addWithDependencies(h, given, out));
        out.add(m);
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
        return ThresholdCodec.write(t);
    }
}
