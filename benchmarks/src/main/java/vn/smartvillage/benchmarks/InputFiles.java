package vn.smartvillage.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.smartvillage.io.DatasetJson;

/**
 * Writes the input files of the end-to-end measurements (docs/performance.md): what a province or the
 * ministry hands the command line. The same arguments always write the same bytes (the country comes
 * from {@link NationalData} with {@link Benchmarks#SEED}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar vn.smartvillage.benchmarks.InputFiles OUT_DIR [SIZE...]
 * </pre>
 *
 * <p>Sizes: {@code province} (1 province, 100 communes, 2,000 villages of totals, JSON), {@code villages-20k}
 * (20,000 villages of totals, JSON), {@code units-82k} (82,000 units of totals, JSON), {@code national-json}
 * (the {@code NATIONAL} country's 63,619 villages of totals, JSON) and {@code national-csv} (the same country's
 * 28.1 M households as CSV tables with a mapping file, in a folder). Without sizes, all of them.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** A size of input: its scale and how it is written. */
    public enum Size {
        /** A 2,000-village province of totals, as JSON. */
        PROVINCE("province", NationalData.Scale.PROVINCE, false),
        /** 20,000 villages of totals, as JSON. */
        VILLAGES_20K("villages-20k", NationalData.Scale.VILLAGES_20K, false),
        /** 82,000 units of totals, as JSON. */
        UNITS_82K("units-82k", NationalData.Scale.UNITS_82K, false),
        /** The national country's villages with totals, as JSON. */
        NATIONAL_JSON("national-json", NationalData.Scale.NATIONAL, false),
        /** The national country's households, as CSV tables with a mapping. */
        NATIONAL_CSV("national-csv", NationalData.Scale.NATIONAL, true),
        /** Two provinces' 1.7 M households, as CSV tables with a mapping: a quick national-like run. */
        QUICK_CSV("quick-csv", NationalData.Scale.QUICK, true),
        /** A tiny country's households, as CSV tables (for tests). */
        TINY_CSV("tiny-csv", NationalData.Scale.TINY, true),
        /** A tiny country of totals, as JSON (for tests). */
        TINY_JSON("tiny-json", NationalData.Scale.TINY, false);

        final String name;
        final NationalData.Scale scale;
        final boolean csv;

        Size(String name, NationalData.Scale scale, boolean csv) {
            this.name = name;
            this.scale = scale;
            this.csv = csv;
        }

        /** {@return the size called {@code name}} */
        public static Size named(String name) {
            for (Size s : values()) {
                if (s.name.equals(name)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("no size " + name);
        }

        /** {@return where {@link #write} puts this size under {@code dir}: a JSON file or a folder of tables} */
        public Path in(Path dir) {
            return dir.resolve(csv ? name : name + ".json");
        }
    }

    /** Writes the files of {@code args[1..]} (all sizes but the tiny ones when none) into {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: InputFiles OUT_DIR [province|villages-20k|units-82k|national-json|national-csv...]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        if (args.length == 1) {
            for (Size s : Size.values()) {
                if (s.scale != NationalData.Scale.TINY) {
                    System.out.println(write(s, dir));
                }
            }
        } else {
            for (int i = 1; i < args.length; i++) {
                System.out.println(write(Size.named(args[i]), dir));
            }
        }
    }

    /** Writes {@code size} under {@code dir} and returns its path. */
    public static Path write(Size size, Path dir) throws IOException {
        NationalData data = NationalData.generate(size.scale, Benchmarks.SEED);
        Path at = size.in(dir);
        if (size.csv) {
            writeCsv(data, at);
        } else {
            Files.writeString(at, DatasetJson.writeWithoutSources(data.totals()), StandardCharsets.UTF_8);
        }
        return at;
    }

    /** The tables of {@code data} with household records, and their mapping, into folder {@code at}. */
    static void writeCsv(NationalData d, Path at) throws IOException {
        Files.createDirectories(at);
        Files.writeString(at.resolve("cot.json"), """
                {
                  "columns": {
                    "Mã": "id",
                    "Cấp trên": "parent",
                    "Cấp": "level",
                    "Tên": "name",
                    "Mã xã": "id",
                    "Số hồ sơ công việc": "work-records",
                    "Số hồ sơ xử lý trên môi trường mạng": "work-records.online",
                    "Mã thôn": "id",
                    "Cáp quang và 3G/4G đến thôn": "village.fibre-and-mobile",
                    "Cán bộ thôn dùng nền tảng số": "village.officials-digital-platforms",
                    %s
                    "Thôn": "village",
                    "Số nhân khẩu": "household.members",
                    "Số người có định danh điện tử": "household.members.electronic-id",
                    "Có cáp quang": "household.fibre",
                    "Có điện thoại thông minh": "household.smartphone",
                    "Có địa chỉ số": "household.digital-address"
                  }
                }
                """.formatted(itModelColumns()), StandardCharsets.UTF_8);
        try (Writer w = writer(at.resolve("don-vi.csv"))) {
            w.write("Mã;Cấp trên;Cấp;Tên\n");
            for (int p = 0; p < d.provinces; p++) {
                w.write(NationalData.province(p) + ";;tỉnh;Tỉnh " + p + "\n");
            }
            for (int c = 0; c < d.communes; c++) {
                w.write(NationalData.commune(c) + ";" + NationalData.province(d.communeProvince[c]) + ";xã;Xã " + c + "\n");
            }
            for (int v = 0; v < d.villages; v++) {
                w.write(NationalData.village(v) + ";" + NationalData.commune(d.villageCommune[v]) + ";thôn;Thôn " + v + "\n");
            }
        }
        try (Writer w = writer(at.resolve("xa.csv"))) {
            w.write("Mã xã;Số hồ sơ công việc;Số hồ sơ xử lý trên môi trường mạng\n");
            for (int c = 0; c < d.communes; c++) {
                w.write(NationalData.commune(c) + ";" + d.workRecords[c] + ";" + d.workOnline[c] + "\n");
            }
        }
        try (Writer w = writer(at.resolve("thon.csv"))) {
            StringBuilder header = new StringBuilder("Mã thôn;Cáp quang và 3G/4G đến thôn;Cán bộ thôn dùng nền tảng số");
            for (int i = 0; i < NationalData.IT_MODELS.size(); i++) {
                header.append(";Mô hình CNTT ").append(i + 1);
            }
            w.write(header + "\n");
            StringBuilder row = new StringBuilder();
            for (int v = 0; v < d.villages; v++) {
                row.setLength(0);
                row.append(NationalData.village(v)).append(';').append(yes(d.fibreAndMobile[v])).append(';').append(yes(d.officials[v]));
                for (int i = 0; i < NationalData.IT_MODELS.size(); i++) {
                    row.append(';').append(yes((d.itModels[v] & (1 << i)) != 0));
                }
                w.write(row.append('\n').toString());
            }
        }
        try (Writer w = writer(at.resolve("ho.csv"))) {
            w.write("Thôn;Số nhân khẩu;Số người có định danh điện tử;Có cáp quang;Có điện thoại thông minh;Có địa chỉ số\n");
            StringBuilder row = new StringBuilder(64);
            for (int v = 0; v < d.villages; v++) {
                String village = NationalData.village(v);
                for (int h = d.villageStart[v]; h < d.villageStart[v + 1]; h++) {
                    row.setLength(0);
                    row.append(village).append(';').append(d.members[h]).append(';').append(d.electronicId[h]).append(';')
                            .append(yes(d.fibre[h] == 1)).append(';').append(yes(d.smartphone[h] == 1)).append(';')
                            .append(yes(d.address[h] == 1)).append('\n');
                    w.write(row.toString());
                }
            }
        }
    }

    private static String itModelColumns() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < NationalData.IT_MODELS.size(); i++) {
            s.append("\"Mô hình CNTT ").append(i + 1).append("\": \"").append(NationalData.IT_MODELS.get(i).id()).append("\",\n    ");
        }
        return s.toString().strip();
    }

    private static String yes(boolean b) {
        return b ? "có" : "không";
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
