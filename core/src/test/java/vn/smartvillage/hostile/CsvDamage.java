package vn.smartvillage.hostile;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Random;

/** Damage for CSV tables, reported with the same kinds as {@link Mutator}. */
final class CsvDamage {

    private CsvDamage() {
    }

    /** The kinds a table can be damaged with: the document kinds but the YAML one. */
    static final java.util.Set<Mutator.Kind> KINDS = java.util.Collections.unmodifiableSet(java.util.EnumSet.complementOf(
            java.util.EnumSet.of(Mutator.Kind.LONG_YAML_SCALAR, Mutator.Kind.LINK_OUT, Mutator.Kind.FIFO, Mutator.Kind.DEEP_CHAIN)));

    /**
     * The table kinds that must be refused. An exponent bomb may land in a name, where it is a name; in a
     * figure it is refused, and it must never crash the reader.
     */
    static final java.util.Set<Mutator.Kind> MUST_REFUSE = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(Mutator.Kind.LONE_SURROGATE, Mutator.Kind.UNKNOWN_FIELD));

    static Mutator.Document damage(String table, Random r) {
        Mutator.Kind[] kinds = KINDS.toArray(Mutator.Kind[]::new);
        Mutator.Kind kind = kinds[r.nextInt(kinds.length)];
        String[] lines = table.split("\n", -1);
        int row = 1 + r.nextInt(Math.max(1, lines.length - 1));
        String text = switch (kind) {
            case TRUNCATED -> table.substring(0, r.nextInt(table.length()));
            case DEEPLY_NESTED -> table.replaceFirst(";", ";" + "\"".repeat(1 + r.nextInt(5000)) + ";");
            case HUGE_STRING -> cell(lines, row, r, "ả".repeat(10_000 + r.nextInt(30_000)));
            case HUGE_ARRAY -> table + (lines.length > 1 ? (lines[lines.length > 2 ? 2 : 1] + "\n").repeat(2_000 + r.nextInt(6_000)) : "");
            case WRONG_TYPE -> cell(lines, row, r, new String[] {"nhiều", "có lẽ", "1,5", "x", "-", "true", "[]"}[r.nextInt(7)]);
            case DUPLICATED_KEY -> lines[0] + ";" + lines[0].split(";")[0] + "\n" + table.substring(table.indexOf('\n') + 1);
            case NON_NFC -> Normalizer.normalize(table, Normalizer.Form.NFD);
            case OUT_OF_RANGE -> cell(lines, row, r, new String[] {"-1", "99999999999999999999", "1e400", "4.000,5", "9.223.372.036.854.775.808",
                "-0"}[r.nextInt(6)]);
            case DELETED_SPAN -> {
                int from = r.nextInt(table.length());
                yield table.substring(0, from) + table.substring(Math.min(table.length(), from + 1 + r.nextInt(30)));
            }
            case OTHER_SYNTAX -> table.replace(';', r.nextBoolean() ? ',' : '\t');
            case EXPONENT_BOMB -> cell(lines, Math.max(1, Math.min(row, lines.length - 1)), r,
                    new String[] {"1e999999999", "1E+999999999", "1e-999999999"}[r.nextInt(3)], true);
            case UNKNOWN_FIELD -> lines[0] + ";" + new String[] {"overides", "Cột lạ", "@class"}[r.nextInt(3)] + "\n"
                    + table.substring(table.indexOf('\n') + 1).replace("\n", ";x\n");
            case INVALID_UTF8, BYTE_FLIPS, LONE_SURROGATE -> table;
            default -> throw new IllegalStateException(kind.toString());
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (kind == Mutator.Kind.LONE_SURROGATE) {
            // An unpaired surrogate as a file can hold one: encoded as if it were a character (CESU-8).
            int at = text.indexOf('\n') + 1 + r.nextInt(Math.max(1, bytes.length - text.indexOf('\n') - 1));
            byte[] lone = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
            byte[] out = new byte[bytes.length + 3];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(lone, 0, out, at, 3);
            System.arraycopy(bytes, at, out, at + 3, bytes.length - at);
            bytes = out;
        }
        if (kind == Mutator.Kind.INVALID_UTF8 || kind == Mutator.Kind.BYTE_FLIPS) {
            int flips = 1 + r.nextInt(4);
            for (int i = 0; i < flips && bytes.length > 0; i++) {
                bytes[r.nextInt(bytes.length)] = kind == Mutator.Kind.INVALID_UTF8 ? (byte) 0xFF : (byte) r.nextInt(256);
            }
        }
        return new Mutator.Document(kind, bytes, false);
    }

    private static String cell(String[] lines, int row, Random r, String value) {
        return cell(lines, row, r, value, false);
    }

    /** Puts {@code value} in a random cell of {@code row}; with {@code figure}, in a column after the first (not an id). */
    private static String cell(String[] lines, int row, Random r, String value, boolean figure) {
        String[] copy = lines.clone();
        if (row >= copy.length) {
            return String.join("\n", copy);
        }
        String[] cells = copy[row].split(";", -1);
        cells[figure && cells.length > 1 ? 1 + r.nextInt(cells.length - 1) : r.nextInt(cells.length)] = value;
        copy[row] = String.join(";", cells);
        return String.join("\n", copy);
    }
}
