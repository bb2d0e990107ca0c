package vn.smartvillage.criteria.vn;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.data.Dataset;
import vn.smartvillage.data.DatasetBuilder;
import vn.smartvillage.data.SuccessionMap;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.model.Unit;

/**
 * Vietnam's official administrative units, with their official codes (mã số đơn vị hành chính): the map
 * valid from 1 July 2025 (34 provinces, 3,321 communes, no districts) and the map valid until 30 June 2025
 * (63 provinces, 10,047 communes), and which former units each new one was made of.
 *
 * <p><b>Two maps, one per period.</b> Codes are reused across the reform: {@code 24} was the province Bắc
 * Giang and is now the province Bắc Ninh, and 3,316 of today's 3,321 commune codes were already codes of
 * other communes ({@code 07798} was Phường Ninh Sơn, it is now Phường Vân Hà). So a code is looked up in
 * one map, chosen by the data's date or by name:
 *
 * <pre>{@code
 * OfficialUnit vanHa = VietnamUnits.current().unit("07798").orElseThrow();        // Phường Vân Hà, from 2025-07-01
 * OfficialUnit ninhSon = VietnamUnits.former().unit("07798").orElseThrow();       // Phường Ninh Sơn, until 2025-06-30
 * OfficialUnit same = VietnamUnits.on(LocalDate.of(2026, 1, 1)).unit("07798").orElseThrow();   // the map of that day
 * }</pre>
 *
 * <p><b>Names.</b> {@link #find(String)} compares names folded by {@link #fold(String)}: without tone
 * marks and diacritics, {@code đ} as {@code d}, in lower case, NFC or NFD alike, with or without the kind
 * ("Xã", "Phường", "Tỉnh", …). Exact matches come first.
 *
 * <p><b>Successions.</b> {@link OfficialUnit#successors()} and {@link OfficialUnit#predecessors()} link
 * the two maps (see {@link Succession}, which also says why no resolution number is given).
 *
 * <p><b>Data.</b> The units are resources of this jar under {@code vn/smartvillage/criteria/vn/units/},
 * with the sources in {@code README.md} and the dvhcvn project's MIT notice in {@code NOTICE-MIT.txt}
 * beside them. They are read once, on the first call that needs them (not when the class loads), about a
 * megabyte of CSV, and kept in memory with their indexes by code and by folded name, about 8 MB.
 * Everything is checked as it is read: a missing or damaged file is an {@link IllegalStateException}
 * naming the file and line, never a shorter list. Villages (thôn, tổ dân phố) are not state administrative
 * units and are not listed.
 *
 * <p>Instances are immutable and safe to share between threads; there are exactly two.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class VietnamUnits {

    /** The first day of the two-tier map: 1 July 2025, the day districts were abolished and communes merged. */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);

    private static final Comparator<OfficialUnit> ORDER = Comparator.comparing(OfficialUnit::level).thenComparing(OfficialUnit::code);
    private static final List<String> KINDS = List.of("thanh pho ", "tinh ", "phuong ", "xa ", "thi tran ", "dac khu ", "huyen ");

    private final boolean current;
    private final List<OfficialUnit> provinces;
    private final List<OfficialUnit> communes;
    private final Map<String, OfficialUnit> byCode = new HashMap<>();
    private final Map<String, List<OfficialUnit>> communesByProvince = new HashMap<>();
    /** Every unit in {@link #ORDER}, with its folded name and its folded name without the kind. */
    private final OfficialUnit[] all;
    private final String[] folded;
    private final String[] bare;
    private final Map<String, List<OfficialUnit>> exact = new HashMap<>();
    /** For each province's code, the indexes in {@link #all} of its communes. */
    private final Map<String, int[]> inProvince = new HashMap<>();

    VietnamUnits(boolean current, List<OfficialUnit> provinces, List<OfficialUnit> communes, List<OfficialUnit> others) {
        this.current = current;
        this.provinces = provinces.stream().sorted(ORDER).toList();
        this.communes = communes.stream().sorted(ORDER).toList();
        List<OfficialUnit> units = new ArrayList<>(provinces);
        units.addAll(communes);
        units.addAll(others);
        units.sort(ORDER);
        all = units.toArray(OfficialUnit[]::new);
        folded = new String[all.length];
        bare = new String[all.length];
        Map<String, List<OfficialUnit>> byProvince = new LinkedHashMap<>();
        Map<String, List<Integer>> indexes = new HashMap<>();
        for (int i = 0; i < all.length; i++) {
            OfficialUnit u = all[i];
            byCode.put(u.code(), u);
            if (u.level() == AdminLevel.COMMUNE) {
                byProvince.computeIfAbsent(u.provinceCode().orElseThrow(), k -> new ArrayList<>()).add(u);
                indexes.computeIfAbsent(u.provinceCode().orElseThrow(), k -> new ArrayList<>()).add(i);
            }
            folded[i] = fold(u.name());
            bare[i] = withoutKind(folded[i]);
            exact.computeIfAbsent(folded[i], k -> new ArrayList<>(1)).add(u);
            if (!bare[i].equals(folded[i])) {
                exact.computeIfAbsent(bare[i], k -> new ArrayList<>(1)).add(u);
            }
        }
        byProvince.forEach((p, list) -> communesByProvince.put(p, List.copyOf(list)));
        indexes.forEach((p, list) -> inProvince.put(p, list.stream().mapToInt(Integer::intValue).toArray()));
        exact.replaceAll((k, list) -> List.copyOf(list));
    }

    /**
     * {@return the units valid from 1 July 2025: 34 provinces and 3,321 communes, with no districts}
     *
     * @throws IllegalStateException if the shipped data cannot be read
     */
    public static VietnamUnits current() {
        return UnitsData.get().current;
    }

    /**
     * {@return the units valid until 30 June 2025: 63 provinces and 10,047 communes (their districts are not
     * listed, but for the five island districts without communes, which the succession names)}
     *
     * @throws IllegalStateException if the shipped data cannot be read
     */
    public static VietnamUnits former() {
        return UnitsData.get().former;
    }

    /**
     * {@return the units valid on {@code date}: {@link #current()} from {@link #REFORM_DATE}, {@link #former()}
     * before} Use the date a dataset is {@linkplain Dataset#asOf() as of}.
     *
     * @param date the day, not null
     * @throws NullPointerException  if {@code date} is {@code null}
     * @throws IllegalStateException if the shipped data cannot be read
     */
    public static VietnamUnits on(LocalDate date) {
        return Objects.requireNonNull(date, "date").isBefore(REFORM_DATE) ? former() : current();
    }

    /** {@return the first day this map is valid: {@link #REFORM_DATE} for the current one, empty (not stated) for the former one} */
    public Optional<LocalDate> validFrom() {
        return current ? Optional.of(REFORM_DATE) : Optional.empty();
    }

    /** {@return the last day this map is valid: {@code 2025-06-30} for the former one, empty for the current one} */
    public Optional<LocalDate> validUntil() {
        return current ? Optional.empty() : Optional.of(REFORM_DATE.minusDays(1));
    }

    /**
     * {@return {@code true} if this map is the one valid on {@code date}}
     *
     * @param date the day asked about, not null
     * @throws NullPointerException if {@code date} is {@code null}
     */
    public boolean isValidOn(LocalDate date) {
        return current != Objects.requireNonNull(date, "date").isBefore(REFORM_DATE);
    }

    /** {@return the provinces and centrally-run cities, in the order of their codes} */
    public List<OfficialUnit> provinces() {
        return provinces;
    }

    /** {@return every commune, ward and special zone, in the order of their codes} */
    public List<OfficialUnit> communes() {
        return communes;
    }

    /**
     * {@return the communes of one province, in the order of their codes}
     *
     * @param provinceCode the province's two-digit code in this map, such as {@code "24"}; not null
     * @throws IllegalArgumentException if no province of this map has that code; the message says what the
     *                                  code is instead (a commune, a province of the other map) or which
     *                                  province's name it is
     */
    public List<OfficialUnit> communes(String provinceCode) {
        return communesByProvince.getOrDefault(province(provinceCode).code(), List.of());
    }

    /**
     * {@return the unit with this official code in this map: a province (two digits), a commune (five) or, in
     * the former map, one of the five island districts (three)} Empty if this map has no such code.
     *
     * @param code the official code as text, with its leading zeros, such as {@code "07798"}; not null
     * @throws NullPointerException if {@code code} is {@code null}
     */
    public Optional<OfficialUnit> unit(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Finds the units of this map whose name matches {@code name}, compared {@linkplain #fold(String) folded}:
     * "Quang Minh", "quảng minh", "QUẢNG MINH" and "Phuong Quang Minh" all find Phường Quảng Minh.
     *
     * <p>First come the exact matches (the whole name, or the name without its kind such as "Phường"), then
     * the names that start with {@code name}, then those that hold it from the start of a word; within each
     * group, provinces before communes, in the order of their codes. Several units may share a name in
     * different provinces: {@link #findIn(String, String)} looks in one.
     *
     * @param name the name or its beginning, in any case, with or without diacritics; not null
     * @return the matches, best first; empty if there are none
     * @throws IllegalArgumentException if {@code name} has no letter or digit
     */
    public List<OfficialUnit> find(String name) {
        return search(name, null);
    }

    /**
     * Finds the communes of one province whose name matches {@code name}, as {@link #find(String)} does.
     *
     * @param provinceCode the province's two-digit code in this map, not null
     * @param name         the name or its beginning, in any case, with or without diacritics; not null
     * @return the province's matching communes, best first; empty if there are none
     * @throws IllegalArgumentException if no province of this map has that code, or if {@code name} has no
     *                                  letter or digit
     */
    public List<OfficialUnit> findIn(String provinceCode, String name) {
        return search(name, province(provinceCode).code());
    }

    /**
     * Starts a dataset of one province, dated {@code asOf}, holding the province and all its communes under
     * it (two tiers, as the data has no districts), to which figures, villages and households are added.
     *
     * <p>The units' ids are their official codes ({@code "24"}, {@code "07798"}), each unit carries its code as
     * its {@link Unit#code()} too, and their names are the official ones ({@code "Phường Vân Hà"}): results then join a province's own systems by code. Within one map
     * the codes are unique across levels (provinces have two digits, communes five); a dataset is dated, so
     * its date says which map its codes are from.
     *
     * <pre>{@code
     * Dataset bacNinh = VietnamUnits.current().skeleton("24", LocalDate.of(2026, 6, 30))
     *         .village("thon-1", "Thôn 1", "07798")      // villages are the commune's own list
     *         .build();
     * }</pre>
     *
     * @param provinceCode the province's two-digit code in this map, not null
     * @param asOf         the dataset's date, not null; it must be in this map's period ({@link #on(LocalDate)}
     *                     picks the map of a date)
     * @return a new builder, which the caller owns
     * @throws IllegalArgumentException if no province of this map has that code, or if {@code asOf} is
     *                                  outside this map's period
     */
    public DatasetBuilder skeleton(String provinceCode, LocalDate asOf) {
        OfficialUnit p = province(provinceCode);
        if (!isValidOn(asOf)) {
            throw new IllegalArgumentException("the units " + period() + " do not apply to data dated " + asOf + ": use VietnamUnits.on("
                    + asOf + ") for the units of that day");
        }
        DatasetBuilder b = Dataset.builder(asOf).province(p.code(), p.name()).code(p.code(), p.code());
        for (OfficialUnit c : communes(p.code())) {
            b.commune(c.code(), c.name(), p.code()).code(c.code(), c.code());
        }
        return b;
    }

    /**
     * Checks the official codes of a dataset's provinces and communes ({@link Unit#code()}) against the map of
     * the dataset's date ({@link #on(LocalDate)}): every problem at once, each located at the unit's field
     * {@code code} in the file (or the row of the table) it was read from, with its reason in Vietnamese and
     * English.
     *
     * <ul>
     * <li>A code the map does not have is an error ({@code dataset.unit.code.unknown}) that suggests the
     * nearest: the code with its leading zeros (a spreadsheet drops them: {@code 7798} for {@code 07798}), the
     * units of the unit's name, the codes one digit away.</li>
     * <li>A code retired on 1 July 2025 (a unit until 30 June 2025, not after), on data dated from then, is an
     * error ({@code dataset.unit.code.retired}) that names the successor(s), the date and the resolution where
     * a source states it: "Phường Quảng Minh (07792) … became part of Phường Vân Hà (07798) … by Nghị quyết
     * 1658/NQ-UBTVQH15: use the code 07798".</li>
     * <li>The code of a unit of another level (a commune's code on a province) is an error
     * ({@code dataset.unit.code.level}).</li>
     * <li>A name that is not the code's official name (compared {@linkplain #fold folded}, with or without the
     * kind) is a warning ({@code dataset.unit.code.name}), returned: codes are reused, so "Phường Ninh Sơn" with
     * {@code 07798} on 2026 data is told that 07798 is now Phường Vân Hà's.</li>
     * </ul>
     * Villages and districts are not checked: villages are not state administrative units, and the lists
     * have no districts (they were abolished on 1 July 2025; the former list keeps only five island
     * districts). Units without a code are not checked.
     *
     * <pre>{@code
     * Dataset data = DatasetJson.read(Path.of("bac-ninh-2026.json"), VietnamPacks.registry().metrics());
     * List<Problem> warnings = VietnamUnits.check(data);   // throws on an unknown or retired code
     * }</pre>
     *
     * @param data the dataset, not null
     * @return the warnings: names that disagree with their codes' official names; empty when all agree
     * @throws vn.smartvillage.SmartVillageException listing every unknown, retired or misplaced code
     * @throws IllegalStateException if the shipped data cannot be read
     */
    public static List<vn.smartvillage.Problem> check(Dataset data) {
        return CodeCheck.check(Objects.requireNonNull(data, "data"));
    }

    /**
     * {@return the units of today's map ({@link #current()}) that hold all or part of a former unit's area, in
     * the order of their codes}: for a former province, the communes its communes went into; for a former
     * commune, its successors. The way to follow a former area across the reform: Bắc Giang (former
     * {@code 24}) is today covered by communes of Tỉnh Bắc Ninh, which {@code covering("24")} lists.
     *
     * @param formerCode the unit's code in {@link #former()}, such as {@code "24"} (Bắc Giang) or {@code "07792"}
     *                   (Phường Quảng Minh); not null
     * @throws IllegalArgumentException if the former map has no such code
     * @throws IllegalStateException    if the shipped data cannot be read
     */
    public static List<OfficialUnit> covering(String formerCode) {
        VietnamUnits former = former();
        OfficialUnit u = former.unit(Objects.requireNonNull(formerCode, "formerCode")).orElseThrow(() -> new IllegalArgumentException(
                "no unit has the code '" + Text.printable(formerCode) + "' in the units until 2025-06-30"));
        List<OfficialUnit> parts = u.level() == AdminLevel.PROVINCE ? former.communes(u.code()) : List.of(u);
        java.util.TreeMap<String, OfficialUnit> out = new java.util.TreeMap<>();
        for (OfficialUnit p : parts) {
            p.successors().forEach(s -> out.put(s.successor().code(), s.successor()));
        }
        return List.copyOf(out.values());
    }

    /** The folded name without its kind ("quang minh" for "phuong quang minh"), for {@link CodeCheck}. */
    static String bare(String folded) {
        return withoutKind(folded);
    }

    /**
     * {@return the succession of 1 July 2025 as core's generic map, keyed by official codes}: the
     * 34 provinces and 3,321 communes of {@link #current()} as the new units (ids their codes, communes
     * directly under their provinces), and for every former province, island district and commune its
     * code's successors, one when it went over whole, several when it was divided. For a dataset whose ids
     * are the former official codes; {@link #succession(Map)} is for one whose ids are its own.
     *
     * <pre>{@code
     * Dataset rebased = data2024.rebase(VietnamUnits.succession());   // 2024 figures on today's units
     * }</pre>
     *
     * @throws IllegalStateException if the shipped data cannot be read
     */
    public static SuccessionMap succession() {
        return succession(Map.of());
    }

    /**
     * {@return the succession of 1 July 2025 for a dataset whose units have ids of its own, such as slugs}:
     * as {@link #succession()}, with each former unit that {@code unitCodes} names keyed by the dataset's id
     * instead of its code. The former units the dataset does not name stay keyed by their codes, so that a
     * new unit still lists them among its {@linkplain SuccessionMap#predecessors predecessors}, and a figure
     * re-based from part of them says which are missing.
     *
     * <pre>{@code
     * SuccessionMap map = VietnamUnits.succession(Map.of("bac-giang", "24", "quang-minh", "07792"));
     * Dataset rebased = quangMinh2023.rebase(map);   // Phường Quảng Minh's figures under Phường Vân Hà (07798)
     * }</pre>
     *
     * @param unitCodes for each of a dataset's unit ids, the official code the unit had until 30 June 2025 (in
     *                  {@link #former()}), not null; units not named have no successor (a district, which
     *                  was abolished, or a unit of the dataset that is not an official one)
     * @throws NullPointerException     if {@code unitCodes} or a part of it is {@code null}
     * @throws IllegalArgumentException if a code is not a former unit's, or two ids have one code
     * @throws IllegalStateException    if the shipped data cannot be read
     */
    public static SuccessionMap succession(Map<String, String> unitCodes) {
        UnitsData data = UnitsData.get();
        Map<String, String> idOfCode = new HashMap<>();
        Objects.requireNonNull(unitCodes, "unitCodes").forEach((id, code) -> {
            Objects.requireNonNull(id, "unit id");
            Objects.requireNonNull(code, "code of " + id);
            OfficialUnit u = data.former.unit(code).orElseThrow(() -> new IllegalArgumentException("the unit '" + id + "' has the code '"
                    + code + "', which is not the code of a unit until 2025-06-30"
                    + data.current.unit(code).map(c -> " (it is " + c.name() + "'s, from 2025-07-01)").orElse("")));
            if (UnitsData.get().successors(u).isEmpty()) {
                throw new IllegalArgumentException("the unit '" + id + "' has the code '" + code + "' (" + u.name() + "), which has no successor");
            }
            String other = idOfCode.put(code, id);
            if (other != null) {
                throw new IllegalArgumentException("the units '" + other + "' and '" + id + "' both have the code '" + code + "'");
            }
        });
        List<Unit> units = new ArrayList<>(data.current.provinces.size() + data.current.communes.size());
        for (OfficialUnit p : data.current.provinces()) {
            units.add(new Unit(p.code(), p.name(), AdminLevel.PROVINCE));
        }
        for (OfficialUnit c : data.current.communes()) {
            units.add(new Unit(c.code(), c.name(), AdminLevel.COMMUNE, c.provinceCode().orElseThrow()));
        }
        Map<String, List<String>> successors = new LinkedHashMap<>();
        for (OfficialUnit f : data.succeeded()) {
            String key = idOfCode.getOrDefault(f.code(), f.code());
            List<String> next = data.successors(f).stream().map(s -> s.successor().code()).toList();
            if (successors.put(key, next) != null) {
                throw new IllegalArgumentException("the id '" + key + "' is also the code of another former unit that the ids do not name");
            }
        }
        return SuccessionMap.of(REFORM_DATE, units, successors);
    }

    /**
     * Folds a name the way {@link #find(String)} compares names: decomposed (so NFC and NFD input agree), tone
     * marks and other diacritics dropped, {@code đ}/{@code Đ} as {@code d}, lower case, and every run of
     * characters that are not letters or digits made one space, with none at either end.
     *
     * @param name any text, not null
     * @return the folded form, such as {@code "phuong quang minh"} for {@code "Phường Quảng Minh"}
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public static String fold(String name) {
        String d = Normalizer.normalize(Objects.requireNonNull(name, "name"), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean gap = false;
        for (int i = 0; i < d.length();) {
            int cp = d.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (cp == 'Đ' || cp == 'đ' || cp == 'Ð' || cp == 'ð') {
                cp = 'd'; // Đ (U+0110), and Ð (U+00D0), often typed for it
            }
            if (Character.isLetterOrDigit(cp)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.appendCodePoint(Character.toLowerCase(cp));
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    /** Returns which map this is, such as {@code "VietnamUnits[from 2025-07-01: 34 provinces, 3321 communes]"}. */
    @Override
    public String toString() {
        return "VietnamUnits[" + period() + ": " + provinces.size() + " provinces, " + communes.size() + " communes]";
    }

    private String period() {
        return current ? "from " + REFORM_DATE : "until " + REFORM_DATE.minusDays(1);
    }

    private static String withoutKind(String folded) {
        for (String kind : KINDS) {
            if (folded.startsWith(kind) && folded.length() > kind.length()) {
                return folded.substring(kind.length());
            }
        }
        return folded;
    }

    private List<OfficialUnit> search(String name, String provinceCode) {
        String q = fold(name);
        if (q.isEmpty()) {
            throw new IllegalArgumentException("the name '" + Text.printable(name) + "' has no letter or digit to look for");
        }
        List<OfficialUnit> first = new ArrayList<>();
        for (OfficialUnit u : exact.getOrDefault(q, List.of())) {
            if (provinceCode == null || provinceCode.equals(u.provinceCode().orElse(null))) {
                first.add(u);
            }
        }
        first.sort(ORDER);
        List<OfficialUnit> starts = new ArrayList<>();
        List<OfficialUnit> inside = new ArrayList<>();
        String word = " " + q;
        int[] among = provinceCode == null ? null : inProvince.getOrDefault(provinceCode, new int[0]);
        int n = among == null ? all.length : among.length;
        for (int k = 0; k < n; k++) {
            int i = among == null ? k : among[k];
            OfficialUnit u = all[i];
            if (folded[i].equals(q) || bare[i].equals(q)) {
                continue;
            }
            if (bare[i].startsWith(q) || folded[i].startsWith(q)) {
                starts.add(u);
            } else if ((" " + folded[i]).contains(word)) {
                inside.add(u);
            }
        }
        first.addAll(starts);
        first.addAll(inside);
        return List.copyOf(first);
    }

    /** The province of this map with that code, or an exception that says what the code is instead. */
    private OfficialUnit province(String code) {
        Objects.requireNonNull(code, "provinceCode");
        OfficialUnit u = byCode.get(code);
        if (u != null && u.level() == AdminLevel.PROVINCE) {
            return u;
        }
        String what = "no province has the code '" + Text.printable(code) + "' in the units " + period();
        if (u != null) {
            throw new IllegalArgumentException(what + ": it is the code of " + u);
        }
        UnitsData data = UnitsData.get();
        VietnamUnits other = current ? data.former : data.current;
        OfficialUnit o = other.byCode.get(code);
        if (o != null && o.level() == AdminLevel.PROVINCE) {
            String then = current ? ", which became part of " + o.successors().get(0).successor() + "; VietnamUnits.former() has it"
                    : "; VietnamUnits.current() has it";
            throw new IllegalArgumentException(what + ": it is the code of " + o + then);
        }
        String q = fold(code);
        Optional<OfficialUnit> named = q.isEmpty() ? Optional.empty()
                : provinces.stream().filter(p -> withoutKind(fold(p.name())).equals(q) || fold(p.name()).equals(q)).findFirst();
        throw new IllegalArgumentException(what + named.map(p -> ": did you mean " + p.code() + " (" + p.name() + ")?")
                .orElse(": provinces() lists them"));
    }
}
