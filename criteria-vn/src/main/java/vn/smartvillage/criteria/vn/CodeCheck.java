package vn.smartvillage.criteria.vn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;

/**
 * The check of a dataset's official codes against the map of its date ({@link VietnamUnits#check}): each
 * province's and commune's code must be in the map, at the unit's level; a code retired on 1 July 2025 names
 * its successors, an unknown one the nearest codes and names; a name other than the code's is a warning.
 */
final class CodeCheck {

    /** The most suggestions an unknown code gets. */
    private static final int SUGGESTIONS = 3;

    private final Dataset data;
    private final VietnamUnits map;
    private final VietnamUnits other;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private CodeCheck(Dataset data) {
        this.data = data;
        this.map = VietnamUnits.on(data.asOf());
        this.other = map.isValidOn(VietnamUnits.REFORM_DATE) ? VietnamUnits.former() : VietnamUnits.current();
    }

    /** Checks every coded province and commune; returns the warnings, throws the errors. */
    static List<Problem> check(Dataset data) {
        CodeCheck c = new CodeCheck(data);
        for (Unit u : data.units()) {
            if (u.code().isPresent() && (u.level() == AdminLevel.PROVINCE || u.level() == AdminLevel.COMMUNE)) {
                c.check(u, u.code().get());
            }
        }
        if (!c.errors.isEmpty()) {
            List<Problem> all = new ArrayList<>(c.errors);
            throw new SmartVillageException(c.errors.size() == 1 ? "the dataset has 1 problem with an official code"
                    : "the dataset has " + c.errors.size() + " problems with official codes", all);
        }
        return List.copyOf(c.warnings);
    }

    private void check(Unit u, String code) {
        Optional<OfficialUnit> known = map.unit(code);
        if (known.isPresent()) {
            OfficialUnit o = known.get();
            if (o.level() != u.level()) {
                errors.add(data.codeProblem(u.id(), "level", Text.of(
                        "đó là mã của " + o.name() + " (" + vi(o.level()) + "), không phải của một " + vi(u.level()) + alsoNamed(u, true),
                        "it is the code of " + o.name() + " (a " + o.level().label() + "), not of a " + u.level().label() + alsoNamed(u, false))));
            } else if (!sameName(u.name(), o.name())) {
                warnings.add(data.codeProblem(u.id(), "name", nameReason(u, o)));
            }
            return;
        }
        Optional<OfficialUnit> elsewhere = other.unit(code).filter(o -> o.level() == u.level());
        if (elsewhere.isPresent() && !map.isValidOn(VietnamUnits.REFORM_DATE.minusDays(1))) {
            errors.add(data.codeProblem(u.id(), "retired", retiredReason(elsewhere.get())));
            return;
        }
        if (elsewhere.isPresent()) {
            OfficialUnit o = elsewhere.get();
            errors.add(data.codeProblem(u.id(), "unknown", Text.of(
                    "đó là mã của " + o.name() + " từ ngày 1/7/2025; dữ liệu ngày " + vi(data.asOf()) + " dùng mã trước ngày đó" + suggestions(u, code, true),
                    "it is the code of " + o.name() + " from 1 July 2025; data dated " + data.asOf() + " uses the codes before that day"
                            + suggestions(u, code, false))));
            return;
        }
        errors.add(data.codeProblem(u.id(), "unknown", Text.of(
                "không có trong danh mục " + period(true) + suggestions(u, code, true),
                "it is not in the official list " + period(false) + suggestions(u, code, false))));
    }

    /** The successors of a code that ended on 30 June 2025, with the date and, where known, the resolution. */
    private Text retiredReason(OfficialUnit o) {
        List<Succession> next = o.successors();
        String resolutionVi = next.stream().map(Succession::resolution).flatMap(Optional::stream).distinct()
                .map(r -> " theo " + r).collect(Collectors.joining());
        String resolutionEn = next.stream().map(Succession::resolution).flatMap(Optional::stream).distinct()
                .map(r -> " by " + r).collect(Collectors.joining());
        String names = next.stream().map(s -> named(s.successor())).collect(Collectors.joining(", "));
        if (next.size() == 1) {
            return Text.of("đó là mã của " + o.name() + " đến ngày 30/6/2025; từ ngày 1/7/2025 đơn vị này nhập toàn bộ vào " + names
                    + resolutionVi + ": dùng mã " + next.get(0).successor().code(),
                    "it was the code of " + o.name() + " until 30 June 2025; on 1 July 2025 the whole unit became part of " + names
                            + resolutionEn + ": use the code " + next.get(0).successor().code());
        }
        return Text.of("đó là mã của " + o.name() + " đến ngày 30/6/2025; từ ngày 1/7/2025 đơn vị này được chia cho " + names + resolutionVi
                + ": dùng mã của đơn vị mới mà dữ liệu nói đến",
                "it was the code of " + o.name() + " until 30 June 2025; on 1 July 2025 the unit was divided among " + names + resolutionEn
                        + ": use the code of the new unit the data is about");
    }

    /** Why a name disagrees with its code's, and what the code was before, if the name was the old one's. */
    private Text nameReason(Unit u, OfficialUnit o) {
        String vi = "đó là mã của " + o.name() + ", dữ liệu gọi đơn vị là '" + u.name() + "'";
        String en = "it is the code of " + o.name() + ", but the data names the unit '" + u.name() + "'";
        Optional<OfficialUnit> before = other.unit(o.code()).filter(x -> sameName(u.name(), x.name()));
        if (before.isPresent() && o.validFrom().isPresent()) {
            OfficialUnit b = before.get();
            String next = b.successors().stream().map(s -> named(s.successor())).collect(Collectors.joining(", "));
            vi += "; đến ngày 30/6/2025 đó là mã của " + b.name() + ", nay thuộc " + next;
            en += "; until 30 June 2025 it was the code of " + b.name() + ", now part of " + next;
        } else if (before.isPresent()) {
            vi += "; từ ngày 1/7/2025 đó là mã của " + b(before.get());
            en += "; from 1 July 2025 it is the code of " + b(before.get());
        }
        List<OfficialUnit> byName = named(u);
        if (!byName.isEmpty()) {
            String list = byName.stream().map(CodeCheck::named).collect(Collectors.joining(", "));
            vi += "; tên đó là của " + list;
            en += "; that name is " + list + "'s";
        }
        return Text.of(vi, en);
    }

    private static String b(OfficialUnit u) {
        return u.name();
    }

    /** ", did you mean …": the code padded with zeros, the units of the unit's name, the codes one digit away. */
    private String suggestions(Unit u, String code, boolean vi) {
        Set<OfficialUnit> out = new LinkedHashSet<>();
        int width = u.level() == AdminLevel.PROVINCE ? 2 : 5;
        if (code.chars().allMatch(Character::isDigit) && code.length() < width) {
            map.unit("0".repeat(width - code.length()) + code).filter(o -> o.level() == u.level()).ifPresent(out::add);
        }
        out.addAll(named(u));
        if (code.length() == width) {
            for (int i = 0; i < width && out.size() < SUGGESTIONS; i++) {
                for (char d = '0'; d <= '9' && out.size() < SUGGESTIONS; d++) {
                    if (d != code.charAt(i)) {
                        map.unit(code.substring(0, i) + d + code.substring(i + 1)).filter(o -> o.level() == u.level()).ifPresent(out::add);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            return vi ? "; không tìm được mã nào gần giống" : "; no code or name comes close";
        }
        String list = out.stream().limit(SUGGESTIONS).map(CodeCheck::named).collect(Collectors.joining(", "));
        return vi ? "; có phải là " + list + "?" : "; did you mean " + list + "?";
    }

    /** The units of the map at the unit's level with exactly the unit's name (folded), at most three. */
    private List<OfficialUnit> named(Unit u) {
        String q = VietnamUnits.fold(u.name());
        if (q.isEmpty()) {
            return List.of();
        }
        return map.find(u.name()).stream().filter(o -> o.level() == u.level()).filter(o -> sameName(u.name(), o.name()))
                .limit(SUGGESTIONS).toList();
    }

    private String alsoNamed(Unit u, boolean vi) {
        List<OfficialUnit> byName = named(u);
        if (byName.isEmpty()) {
            return "";
        }
        String list = byName.stream().map(CodeCheck::named).collect(Collectors.joining(", "));
        return vi ? "; có phải là " + list + "?" : "; did you mean " + list + "?";
    }

    /** Two names are the same when they fold alike, with or without the kind ("Quảng Minh", "Phường Quảng Minh"). */
    static boolean sameName(String a, String b) {
        String x = VietnamUnits.fold(a);
        String y = VietnamUnits.fold(b);
        return x.equals(y) || VietnamUnits.bare(x).equals(VietnamUnits.bare(y));
    }

    private String period(boolean vi) {
        return map.isValidOn(VietnamUnits.REFORM_DATE) ? (vi ? "từ ngày 1/7/2025" : "from 1 July 2025")
                : (vi ? "trước ngày 1/7/2025" : "before 1 July 2025");
    }

    private static String named(OfficialUnit u) {
        return u.name() + " (" + u.code() + ")";
    }

    private static String vi(AdminLevel level) {
        return switch (level) {
            case PROVINCE -> "tỉnh";
            case DISTRICT -> "huyện";
            case COMMUNE -> "xã";
            case VILLAGE -> "thôn";
            case HOUSEHOLD -> "hộ";
        };
    }

    private static String vi(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }
}
