package vn.smartvillage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.smartvillage.Text;
import vn.smartvillage.evaluation.Assessment;
import vn.smartvillage.evaluation.CertificationResult;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Status;
import vn.smartvillage.evaluation.TargetResult;
import vn.smartvillage.evaluation.UnitAssessment;
import vn.smartvillage.model.AdminLevel;

/** Counts of statuses per level and rule, shared by the Markdown and HTML reports. */
record LevelSummary(AdminLevel level, long units, List<Row> rows) {

    /** One rule at one level: its name, kind and how many units have each status. */
    record Row(String id, Text name, String kind, long[] counts) {
        long count(Status s) {
            return counts[s.ordinal()];
        }
    }

    static List<LevelSummary> of(Assessment a) {
        Map<AdminLevel, Map<String, Row>> byLevel = new LinkedHashMap<>();
        Map<AdminLevel, long[]> units = new LinkedHashMap<>();
        for (AdminLevel level : AdminLevel.values()) {
            byLevel.put(level, new LinkedHashMap<>());
            units.put(level, new long[1]);
        }
        for (UnitAssessment u : a.units()) {
            AdminLevel level = u.unit().level();
            units.get(level)[0]++;
            Map<String, Row> rows = byLevel.get(level);
            for (CertificationResult c : u.certifications()) {
                add(rows, "certification:" + c.certification().id(), c.certification().name(), "certification", c.status());
            }
            for (CriterionResult r : u.criteria()) {
                add(rows, "criterion:" + r.criterion().id(), r.criterion().name(), "criterion", r.status());
            }
            for (TargetResult t : u.targets()) {
                add(rows, "target:" + t.target().id(), t.target().indicator().name(), "target", t.status());
            }
        }
        List<LevelSummary> out = new ArrayList<>();
        byLevel.forEach((level, rows) -> {
            if (units.get(level)[0] > 0) {
                out.add(new LevelSummary(level, units.get(level)[0], List.copyOf(rows.values())));
            }
        });
        return out;
    }

    private static void add(Map<String, Row> rows, String key, Text name, String kind, Status s) {
        rows.computeIfAbsent(key, k -> new Row(k.substring(k.indexOf(':') + 1), name, kind, new long[Status.values().length]))
                .counts()[s.ordinal()]++;
    }
}
