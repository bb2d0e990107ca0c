package vn.smartvillage.criteria.vn;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.smartvillage.Text;
import vn.smartvillage.model.AdminLevel;

/**
 * The shipped units, read and checked once, on first use, and the successions between them.
 *
 * <p>The five CSV files are read together: each refers to the others (a commune to its province, a
 * succession to both units), and all of them together are about a megabyte. Anything wrong with them, a
 * missing file, a changed header, a bad code, a dangling reference, a file cut short, fails the read with
 * an {@link IllegalStateException} that names the file and the line: a damaged jar is never read as a
 * country with fewer communes. A failed read is not remembered, so every call reports it again.
 */
final class UnitsData {

    /** The folder of the data, beside this class. */
    static final String FOLDER = "/vn/smartvillage/criteria/vn/units/";

    static final int PROVINCES = 34;
    static final int COMMUNES = 3_321;
    static final int OLD_PROVINCES = 63;
    static final int OLD_COMMUNES = 10_047;
    static final int SUCCESSION_ROWS = 10_604;

    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");
    private static final Pattern COMMUNE_CODE = Pattern.compile("[0-9]{5}");
    private static final Pattern DISTRICT_CODE = Pattern.compile("[0-9]{3}");

    /** Opens one of the data's files by name, or returns {@code null} if it is missing. */
    @FunctionalInterface
    interface Opener {
        InputStream open(String file) throws IOException;
    }

    private static volatile UnitsData loaded;

    final VietnamUnits current;
    final VietnamUnits former;
    private final Map<OfficialUnit, List<Succession>> successors;
    private final Map<OfficialUnit, List<Succession>> predecessors;

    private UnitsData(VietnamUnits current, VietnamUnits former, Map<OfficialUnit, List<Succession>> successors,
            Map<OfficialUnit, List<Succession>> predecessors) {
        this.current = current;
        this.former = former;
        this.successors = successors;
        this.predecessors = predecessors;
    }

    /** {@return the shipped data, read on the first call} */
    static UnitsData get() {
        UnitsData d = loaded;
        if (d == null) {
            synchronized (UnitsData.class) {
                d = loaded;
                if (d == null) {
                    d = read(file -> UnitsData.class.getResourceAsStream(FOLDER + file));
                    loaded = d;
                }
            }
        }
        return d;
    }

    /** {@return the former units that have successors: provinces, then island districts, then communes, each by code} */
    List<OfficialUnit> succeeded() {
        List<OfficialUnit> out = new ArrayList<>(successors.keySet());
        out.sort(java.util.Comparator.comparing((OfficialUnit u) -> u.code().length()).thenComparing(OfficialUnit::code));
        return out;
    }

    List<Succession> successors(OfficialUnit u) {
        return successors.getOrDefault(u, List.of());
    }

    List<Succession> predecessors(OfficialUnit u) {
        return predecessors.getOrDefault(u, List.of());
    }

    /** One line of a file, with its number for messages. */
    private record Row(String file, int line, String[] fields) {
        String get(int i) {
            return fields[i];
        }

        IllegalStateException damaged(String why) {
            return UnitsData.damaged(file, line, why);
        }
    }

    static IllegalStateException damaged(String file, int line, String why) {
        return new IllegalStateException("criteria-vn's administrative units cannot be read: " + FOLDER.substring(1) + file
                + (line > 0 ? ", line " + line : "") + ": " + why + "; the jar is damaged or was repackaged without its data");
    }

    /** Reads and checks the five files through {@code open}. */
    static UnitsData read(Opener open) {
        List<Row> provinceRows = rows(open, "provinces.csv", "code,name", PROVINCES);
        List<Row> communeRows = rows(open, "communes.csv", "code,name,province_code", COMMUNES);
        List<Row> oldProvinceRows = rows(open, "old-provinces.csv", "code,name,successor_province_code", OLD_PROVINCES);
        List<Row> oldCommuneRows = rows(open, "old-communes.csv", "code,name,province_code", OLD_COMMUNES);
        List<Row> successionRows = rows(open, "succession.csv",
                "old_code,old_name,old_province_code,new_code,new_name,new_province_code,part", SUCCESSION_ROWS);

        Map<String, OfficialUnit> provinces = new LinkedHashMap<>();
        for (Row r : provinceRows) {
            put(provinces, r, new OfficialUnit(code(r, 0, PROVINCE_CODE), name(r, 1), AdminLevel.PROVINCE, null, true));
        }
        Map<String, OfficialUnit> communes = new LinkedHashMap<>();
        for (Row r : communeRows) {
            put(communes, r, new OfficialUnit(code(r, 0, COMMUNE_CODE), name(r, 1), AdminLevel.COMMUNE, known(r, 2, provinces), true));
        }
        Map<String, OfficialUnit> oldProvinces = new LinkedHashMap<>();
        Map<OfficialUnit, List<Succession>> successors = new HashMap<>();
        Map<OfficialUnit, List<Succession>> predecessors = new HashMap<>();
        for (Row r : oldProvinceRows) {
            OfficialUnit old = new OfficialUnit(code(r, 0, PROVINCE_CODE), name(r, 1), AdminLevel.PROVINCE, null, false);
            put(oldProvinces, r, old);
            link(successors, predecessors, old, provinces.get(known(r, 2, provinces)), Succession.Part.FULL);
        }
        Map<String, OfficialUnit> oldCommunes = new LinkedHashMap<>();
        for (Row r : oldCommuneRows) {
            put(oldCommunes, r, new OfficialUnit(code(r, 0, COMMUNE_CODE), name(r, 1), AdminLevel.COMMUNE, known(r, 2, oldProvinces), false));
        }
        Map<String, OfficialUnit> oldDistricts = new LinkedHashMap<>();
        Map<String, Succession.Part> partOf = new HashMap<>();
        for (Row r : successionRows) {
            OfficialUnit old;
            if (r.get(2).isEmpty()) {
                // An island district without communes, which became a special zone: its three-digit code.
                String code = code(r, 0, DISTRICT_CODE);
                old = oldDistricts.get(code);
                if (old == null) {
                    old = new OfficialUnit(code, name(r, 1), AdminLevel.DISTRICT, null, false);
                    oldDistricts.put(code, old);
                }
            } else {
                old = same(r, 0, oldCommunes, "old-communes.csv", known(r, 2, oldProvinces));
            }
            OfficialUnit now = same(r, 3, communes, "communes.csv", known(r, 5, provinces));
            Succession.Part part = switch (r.get(6)) {
                case "full" -> Succession.Part.FULL;
                case "partial" -> Succession.Part.PARTIAL;
                default -> throw r.damaged("the part is '" + Text.printable(r.get(6)) + "', not full or partial");
            };
            Succession.Part before = partOf.putIfAbsent(old.code(), part);
            if (before != null && (before != Succession.Part.PARTIAL || part != Succession.Part.PARTIAL)) {
                throw r.damaged(old.code() + " has several successors, so each must be partial");
            }
            if (successors.getOrDefault(old, List.of()).stream().anyMatch(s -> s.successor().equals(now))) {
                throw r.damaged("the pair " + old.code() + " → " + now.code() + " is listed twice");
            }
            link(successors, predecessors, old, now, part);
        }
        for (Map.Entry<OfficialUnit, List<Succession>> e : successors.entrySet()) {
            if (e.getValue().size() == 1 && e.getValue().get(0).part() == Succession.Part.PARTIAL) {
                throw damaged("succession.csv", 0, e.getKey().code() + " has one successor, so it must be full");
            }
        }
        for (OfficialUnit u : oldCommunes.values()) {
            if (!successors.containsKey(u)) {
                throw damaged("succession.csv", 0, "the former commune " + u.code() + " has no successor");
            }
        }
        for (OfficialUnit u : communes.values()) {
            if (!predecessors.containsKey(u)) {
                throw damaged("succession.csv", 0, "the commune " + u.code() + " has no predecessor");
            }
        }
        successors.replaceAll((u, list) -> List.copyOf(list));
        predecessors.replaceAll((u, list) -> List.copyOf(list));
        return new UnitsData(new VietnamUnits(true, List.copyOf(provinces.values()), List.copyOf(communes.values()), List.of()),
                new VietnamUnits(false, List.copyOf(oldProvinces.values()), List.copyOf(oldCommunes.values()),
                        List.copyOf(oldDistricts.values())),
                Map.copyOf(successors), Map.copyOf(predecessors));
    }

    private static void link(Map<OfficialUnit, List<Succession>> successors, Map<OfficialUnit, List<Succession>> predecessors,
            OfficialUnit old, OfficialUnit now, Succession.Part part) {
        Succession s = new Succession(old, now, part, VietnamUnits.REFORM_DATE);
        successors.computeIfAbsent(old, k -> new ArrayList<>(1)).add(s);
        predecessors.computeIfAbsent(now, k -> new ArrayList<>(4)).add(s);
    }

    private static void put(Map<String, OfficialUnit> units, Row r, OfficialUnit u) {
        if (units.putIfAbsent(u.code(), u) != null) {
            throw r.damaged("the code " + u.code() + " is listed twice");
        }
    }

    private static String code(Row r, int i, Pattern shape) {
        String code = r.get(i);
        if (!shape.matcher(code).matches()) {
            throw r.damaged("the code '" + Text.printable(code) + "' is not " + shape.pattern().replace("[0-9]{", "").replace("}", "") + " digits");
        }
        return code;
    }

    private static String name(Row r, int i) {
        String name = r.get(i);
        if (name.isBlank() || !name.strip().equals(name) || !Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
            throw r.damaged("the name '" + Text.printable(name) + "' is blank, padded or not in NFC");
        }
        return name;
    }

    /** The code in field {@code i}, which must be one of {@code units}. */
    private static String known(Row r, int i, Map<String, OfficialUnit> units) {
        String code = r.get(i);
        if (!units.containsKey(code)) {
            throw r.damaged("no province has the code '" + Text.printable(code) + "'");
        }
        return code;
    }

    /** The unit whose code is field {@code i}, which must have the name of field {@code i + 1} and the province {@code province}. */
    private static OfficialUnit same(Row r, int i, Map<String, OfficialUnit> units, String where, String province) {
        OfficialUnit u = units.get(r.get(i));
        if (u == null) {
            throw r.damaged("the code '" + Text.printable(r.get(i)) + "' is not in " + where);
        }
        if (!u.name().equals(r.get(i + 1)) || !u.provinceCode().orElse("").equals(province)) {
            throw r.damaged(u.code() + " is " + u.name() + " in province " + u.provinceCode().orElse("") + " in " + where + ", not "
                    + Text.printable(r.get(i + 1)) + " in " + province);
        }
        return u;
    }

    /** The rows of one file, after its header; exactly {@code expected} of them, each with the header's number of fields. */
    private static List<Row> rows(Opener open, String file, String header, int expected) {
        int fields = header.split(",").length;
        List<Row> rows = new ArrayList<>(expected);
        int line = 0;
        try (InputStream in = open.open(file)) {
            if (in == null) {
                throw damaged(file, 0, "the file is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            String s = r.readLine();
            line = 1;
            if (!header.equals(s)) {
                throw damaged(file, 1, "the header is '" + (s == null ? "" : Text.printable(s)) + "', not '" + header + "'");
            }
            while ((s = r.readLine()) != null) {
                line++;
                if (rows.size() == expected) {
                    throw damaged(file, line, "the file has more than its " + expected + " rows");
                }
                String[] f = s.split(",", -1);
                if (f.length != fields) {
                    throw damaged(file, line, "the row has " + f.length + " fields, not " + fields);
                }
                rows.add(new Row(file, line, f));
            }
        } catch (CharacterCodingException e) {
            throw damaged(file, line + 1, "the text is not UTF-8");
        } catch (IOException e) {
            throw damaged(file, line, "reading failed (" + e + ")");
        }
        if (rows.size() != expected) {
            throw damaged(file, 0, "the file has " + rows.size() + " rows, not " + expected);
        }
        return rows;
    }
}
