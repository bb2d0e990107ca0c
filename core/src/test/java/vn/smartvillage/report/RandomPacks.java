package vn.smartvillage.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.RulePack;

/**
 * Random rule packs and datasets from one seed, for {@link RandomPacksRoundTripProperties}: criteria of every
 * measure (ratios, counts, flags, groups of flags, not encoded, counts and shares of units below), every
 * comparison, thresholds at 0 and 100 %, periods in and out of force, {@code whenEmpty}, targets with
 * deadlines and baselines, certifications as {@code allOf}, {@code anyOf} and {@code atLeast} over
 * criteria, targets and certified children; datasets with and without districts, villages directly under
 * a province or district, and missing figures.
 */
final class RandomPacks {

    static final String[] LEVELS = {"province", "district", "commune", "village"};
    private final Random R;

    RandomPacks(long seed) {
        this.R = new Random(seed);
    }

    /** A rule made so far: its id, its level (0 province … 3 village) and whether it is a criterion, target or certification. */
    record Rule(String id, int level, String kind) {
    }

    LocalDate day(int dayOfMonth) {
        return LocalDate.of(2021 + R.nextInt(6), 1 + R.nextInt(12), dayOfMonth);
    }

    /** A comparison, any of the five. */
    String cmp() {
        return new String[] {">=", ">", "<=", "<", "="}[R.nextInt(5)];
    }

    /** A threshold's number: for a percentage 0, 100, a whole or a long decimal one; otherwise a small count. */
    String num(boolean pct, boolean small) {
        if (!pct) {
            return String.valueOf(R.nextInt(small ? 4 : 8));
        }
        return switch (R.nextInt(6)) {
            case 0 -> "0";
            case 1 -> "100";
            case 2 -> String.valueOf(R.nextInt(101));
            case 3 -> R.nextInt(100) + "." + (1 + R.nextInt(999999));
            case 4 -> "33.333333";
            default -> "50";
        };
    }

    /** A pack of 2 to 11 rules, as JSON. */
    String pack() {
        StringBuilder crit = new StringBuilder(), tgts = new StringBuilder(), certs = new StringBuilder();
        List<Rule> done = new ArrayList<>();
        int n = 2 + R.nextInt(10);
        for (int i = 0; i < n; i++) {
            int level = R.nextInt(4);
            int kindPick = R.nextInt(10);
            if (kindPick < 2) {
                // certification
                List<Rule> same = done.stream().filter(r -> r.level == level && !r.kind.equals("cert")).toList();
                List<Rule> below = done.stream().filter(r -> r.level > level && r.kind.equals("cert")).toList();
                List<String> leaves = new ArrayList<>();
                for (Rule r : same) if (R.nextBoolean()) leaves.add("\"" + r.id + "\"");
                for (Rule r : below) if (R.nextBoolean()) leaves.add("{\"childrenCertified\":{\"count\":" + (1 + R.nextInt(3)) + ",\"level\":\"" + LEVELS[r.level] + "\",\"certification\":\"" + r.id + "\"}}");
                if (leaves.isEmpty()) continue;
                String req;
                int form = R.nextInt(3);
                if (form == 0) req = "{\"allOf\":[" + String.join(",", leaves) + "]}";
                else if (form == 1) req = "{\"anyOf\":[" + String.join(",", leaves) + "]}";
                else req = "{\"atLeast\":" + (1 + R.nextInt(leaves.size())) + ",\"of\":[" + String.join(",", leaves) + "]}";
                String id = "cert" + i;
                if (certs.length() > 0) certs.append(",");
                certs.append("{\"id\":\"" + id + "\",\"name\":{\"vi\":\"c\",\"en\":\"c\"},\"level\":\"" + LEVELS[level] + "\",\"requirement\":" + req + ",\"citation\":\"x\"}");
                done.add(new Rule(id, level, "cert"));
                continue;
            }
            boolean target = kindPick >= 8;
            String id = (target ? "tgt" : "crit") + i;
            String measure; String threshold = null;
            int m = R.nextInt(9);
            List<Rule> belowRules = done.stream().filter(r -> r.level > level).toList();
            if (m >= 6 && belowRules.isEmpty()) m = R.nextInt(6);
            switch (m) {
                case 0, 1 -> { measure = "{\"ratio\":{\"numerator\":\"m.a\",\"denominator\":\"m.b\"}}"; threshold = cmp() + " " + num(true, false) + " %"; }
                case 2 -> { measure = "{\"count\":\"m.a\"}"; threshold = cmp() + " " + num(false, false); }
                case 3 -> { measure = "{\"flag\":\"m.f1\"}"; if (R.nextBoolean()) threshold = cmp() + " " + R.nextInt(2); }
                case 4 -> { measure = "{\"flagsHeld\":[\"m.f1\",\"m.f2\",\"m.f3\"]}"; threshold = cmp() + " " + R.nextInt(4); }
                case 5 -> { measure = "{\"notEncoded\":{\"vi\":\"x\",\"en\":\"x\"}}"; }
                default -> {
                    Rule r = belowRules.get(R.nextInt(belowRules.size()));
                    boolean share = R.nextBoolean();
                    String key = r.kind.equals("cert") ? "childrenCertified" : "childrenMeeting";
                    String field = r.kind.equals("cert") ? "certification" : "criterion";
                    measure = "{\"" + key + "\":{\"level\":\"" + LEVELS[r.level] + "\",\"" + field + "\":\"" + r.id + "\",\"form\":\"" + (share ? "share" : "count") + "\"}}";
                    threshold = cmp() + " " + num(share, true) + (share ? " %" : "");
                }
            }
            StringBuilder c = new StringBuilder("{\"id\":\"" + id + "\",\"name\":{\"vi\":\"n\",\"en\":\"n\"},\"level\":\"" + LEVELS[level] + "\",\"measure\":" + measure);
            if (threshold != null) c.append(",\"threshold\":\"" + threshold + "\"");
            c.append(",\"citation\":\"x\"");
            int ef = R.nextInt(8);
            if (ef == 1) c.append(",\"effective\":{\"from\":\"" + (2021 + R.nextInt(6)) + "-01-01\"}");
            if (ef == 2) c.append(",\"effective\":{\"to\":\"" + (2021 + R.nextInt(6)) + "-06-30\"}");
            if (ef == 3) c.append(",\"effective\":{\"from\":\"2021-01-01\",\"to\":\"" + (2022 + R.nextInt(5)) + "-06-30\"}");
            int we = R.nextInt(4);
            if (we > 0) c.append(",\"whenEmpty\":\"" + new String[]{"", "met", "not-met", "not-applicable"}[we] + "\"");
            if (target) {
                c.append(",\"deadline\":\"" + (2022 + R.nextInt(5)) + "-12-31\"");
                if (R.nextBoolean()) c.append(",\"baseline\":" + R.nextInt(50));
            }
            c.append("}");
            StringBuilder dest = target ? tgts : crit;
            if (dest.length() > 0) dest.append(",");
            dest.append(c);
            done.add(new Rule(id, level, target ? "target" : "crit"));
        }
        String to = R.nextBoolean() ? ",\"to\":\"2025-12-31\"" : "";
        return "{\"format\":1,\"id\":\"fz.pack\",\"version\":\"1\",\"title\":{\"vi\":\"t\",\"en\":\"t\"},\"effective\":{\"from\":\"2020-01-01\"" + to + "},"
            + "\"citations\":{\"x\":{\"document\":\"D\"}},"
            + "\"metrics\":[{\"id\":\"m.a\",\"name\":{\"vi\":\"a\",\"en\":\"a\"},\"level\":\"village\",\"type\":\"count\"},"
            + "{\"id\":\"m.b\",\"name\":{\"vi\":\"b\",\"en\":\"b\"},\"level\":\"village\",\"type\":\"count\"},"
            + "{\"id\":\"m.f1\",\"name\":{\"vi\":\"f\",\"en\":\"f\"},\"level\":\"village\",\"type\":\"flag\"},"
            + "{\"id\":\"m.f2\",\"name\":{\"vi\":\"f\",\"en\":\"f\"},\"level\":\"village\",\"type\":\"flag\"},"
            + "{\"id\":\"m.f3\",\"name\":{\"vi\":\"f\",\"en\":\"f\"},\"level\":\"village\",\"type\":\"flag\"}],"
            + "\"criteria\":[" + crit + "],\"certifications\":[" + certs + "],\"targets\":[" + tgts + "]}";
    }

    /** A dataset of one or two provinces for {@code pack}'s metrics, dated {@code day}. */
    @SuppressWarnings("unchecked")
    Dataset data(RulePack pack, LocalDate day) {
        Map<String, Metric<?>> ms = new HashMap<>();
        pack.metrics().forEach(m -> ms.put(m.id(), m));
        DatasetBuilder b = Dataset.builder(day);
        List<String[]> units = new ArrayList<>(); // id, levelIdx
        int id = 0;
        int provinces = 1 + R.nextInt(2);
        boolean districts = R.nextBoolean();
        for (int p = 0; p < provinces; p++) {
            String pid = "u" + id++;
            b.unit(pid, "P", AdminLevel.PROVINCE); units.add(new String[]{pid, "0"});
            int nd = districts ? R.nextInt(3) : 0;
            List<String> parentsForCommunes = new ArrayList<>(List.of(pid));
            for (int d = 0; d < nd; d++) { String did = "u" + id++; b.unit(did, "D", AdminLevel.DISTRICT, pid); units.add(new String[]{did, "1"}); parentsForCommunes.add(did); }
            int nc = R.nextInt(4);
            List<String> villageParents = new ArrayList<>();
            if (R.nextInt(4) == 0) villageParents.addAll(parentsForCommunes);
            for (int c = 0; c < nc; c++) {
                String par = parentsForCommunes.get(R.nextInt(parentsForCommunes.size()));
                if (districts && nd > 0 && R.nextInt(3) > 0) par = parentsForCommunes.get(1 + R.nextInt(nd));
                String cid = "u" + id++; b.unit(cid, "C", AdminLevel.COMMUNE, par); units.add(new String[]{cid, "2"}); villageParents.add(cid);
            }
            if (villageParents.isEmpty()) continue;
            int nv = R.nextInt(7);
            for (int v = 0; v < nv; v++) {
                String vid = "u" + id++; b.unit(vid, "V", AdminLevel.VILLAGE, villageParents.get(R.nextInt(villageParents.size()))); units.add(new String[]{vid, "3"});
            }
        }
        for (String[] u : units) {
            for (String m : List.of("m.a", "m.b")) {
                if (R.nextInt(5) > 0) b.observe(u[0], (Metric<Long>) ms.get(m), (long) R.nextInt(R.nextBoolean() ? 3 : 12));
            }
            for (String m : List.of("m.f1", "m.f2", "m.f3")) {
                if (R.nextInt(4) > 0) b.observe(u[0], (Metric<Boolean>) ms.get(m), R.nextBoolean());
            }
        }
        return b.build();
    }

}
