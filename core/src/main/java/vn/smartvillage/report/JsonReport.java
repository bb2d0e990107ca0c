package vn.smartvillage.report;

import java.util.Locale;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.RollUp;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.JsonFormats;
import vn.smartvillage.packs.RulePackJson;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;

/**
 * Writes an assessment as JSON, in the stable schema of {@code docs/reports.md} and
 * {@code docs/assessment.schema.json}: the pack's id, version and content hash, the dates, and for
 * every unit its criteria, certifications, targets and roll-ups, each with its reason and explanation
 * in both languages. The same assessment always gives the same bytes.
 */
public final class JsonReport {

    /** The version of the report schema. */
    public static final int FORMAT = 1;

    private JsonReport() {
    }

    /** Writes {@code assessment}, made with {@code pack}. */
    public static String write(Assessment assessment, RulePack pack) {
        Explanations ex = Explanations.of(assessment, pack);
        ObjectNode root = JsonFormats.object();
        root.put("format", FORMAT);
        ObjectNode p = root.putObject("pack");
        p.put("id", pack.id());
        p.put("version", pack.version());
        p.put("contentHash", "sha256:" + RulePackJson.contentHash(pack));
        root.put("asOf", assessment.asOf().toString());
        root.put("dataAsOf", assessment.dataAsOf().toString());
        ArrayNode warnings = root.putArray("warnings");
        assessment.warnings().forEach(w -> warnings.add(text(w)));
        ArrayNode units = root.putArray("units");
        for (UnitAssessment u : assessment.units()) {
            ObjectNode o = units.addObject();
            o.put("id", u.unit().id());
            o.put("name", u.unit().name());
            o.put("level", Cursor.enumName(u.unit().level()));
            u.unit().parent().ifPresent(x -> o.put("parent", x));
            ArrayNode criteria = o.putArray("criteria");
            u.criteria().forEach(r -> criteria.add(result(r, ex.criterion(r))));
            ArrayNode certs = o.putArray("certifications");
            for (CertificationResult c : u.certifications()) {
                ObjectNode x = certs.addObject();
                x.put("id", c.certification().id());
                x.put("status", Cursor.enumName(c.status()));
                ArrayNode unmet = x.putArray("unmet");
                c.unmet().forEach(req -> unmet.add(requirement(req)));
                x.set("explanation", text(ex.certification(c)));
            }
            ArrayNode targets = o.putArray("targets");
            for (TargetResult t : u.targets()) {
                ObjectNode x = result(t.result(), ex.target(t));
                x.put("deadline", t.target().deadline().toString());
                x.put("deadlinePassed", t.deadlinePassed());
                t.target().knownBaseline().ifPresent(b -> x.put("baseline", b));
                targets.add(x);
            }
            ArrayNode rollUps = o.putArray("rollUps");
            for (RollUp r : u.rollUps()) {
                ObjectNode x = rollUps.addObject();
                x.put("kind", Cursor.enumName(r.kind()));
                x.put("id", r.subjectId());
                x.put("level", Cursor.enumName(r.level()));
                x.put("met", r.met());
                x.put("notMet", r.notMet());
                x.put("missingData", r.missingData());
                x.put("notApplicable", r.notApplicable());
            }
        }
        return JsonFormats.write(root);
    }

    private static ObjectNode result(CriterionResult r, Text explanation) {
        ObjectNode x = JsonFormats.object();
        x.put("id", r.criterion().id());
        x.put("status", Cursor.enumName(r.status()));
        r.value().ifPresent(v -> {
            ObjectNode value = x.putObject("value");
            value.put("numerator", v.numerator());
            value.put("denominator", v.denominator());
            r.percent().ifPresent(pct -> value.put("percent", pct));
        });
        if (r.criterion().isEncoded()) {
            x.put("threshold", RulePackJson.threshold(r.criterion().threshold()));
        } else {
            x.putNull("threshold");
        }
        r.gap().ifPresent(g -> {
            ObjectNode gap = x.putObject("gap");
            gap.put("amount", g.amount());
            gap.put("direction", g.direction().name().toLowerCase(Locale.ROOT));
            gap.set("of", text(g.of()));
        });
        r.progress().ifPresent(pr -> x.put("progress", pr.percent(2)));
        ArrayNode missing = x.putArray("missing");
        r.missing().forEach(missing::add);
        x.set("reason", text(r.reason()));
        x.set("explanation", text(explanation));
        return x;
    }

    static String requirement(Requirement r) {
        if (r instanceof Requirement.Meets m) {
            return m.criterionId();
        }
        Requirement.ChildrenCertified c = (Requirement.ChildrenCertified) r;
        return c.count() + " " + Cursor.enumName(c.level()) + " " + c.certificationId();
    }

    static ObjectNode text(Text t) {
        ObjectNode o = JsonFormats.object();
        o.put("vi", t.vi());
        o.put("en", t.en());
        return o;
    }
}
