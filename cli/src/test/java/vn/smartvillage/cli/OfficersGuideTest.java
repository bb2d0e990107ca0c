package vn.smartvillage.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The officers' guide, {@code docs/huong-dan.md}, shows real runs, and this test keeps them real: it
 * sets up a folder as the guide tells an officer to (its {@code cp} and {@code mkdir} commands, and the
 * files it shows under a {@code <!-- file: … -->} mark), runs every {@code bin/smartvillage} command
 * that the guide follows with its printed output, in a fresh Java process in that folder, and checks
 * that every line the guide prints is printed, in order. A line {@code …} stands for lines left out; a
 * line ending in {@code …} is the start of a printed line. A {@code <!-- test-setup: … -->} mark
 * before a command changes the folder first as the guide's prose says (a column removed, a figure
 * mistyped), and a run that has no command in the guide names it in a {@code <!-- run: … -->} mark.
 */
class OfficersGuideTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path GUIDE = REPO.resolve("docs/huong-dan.md");
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
    private static final Pattern MARK = Pattern.compile("^<!--\\s*([\\w-]+):\\s*(.*?)\\s*-->\\s*$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    @TempDir
    static Path work;

    /** A fenced block of the guide, with the marks written just above it. */
    private record Block(String language, List<String> lines, List<String> marks, int line, boolean follows) {
        String text() {
            return String.join("\n", lines) + "\n";
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRunTheGuideShows_printsWhatItShows() throws IOException {
        List<Block> blocks = blocks(Files.readAllLines(GUIDE, StandardCharsets.UTF_8));
        Path base = Files.createDirectories(work.resolve("base"));
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            for (String mark : block.marks()) {
                if (mark.startsWith("file:")) {
                    tests.add(shownFile(base, mark.substring(5).trim(), block));
                }
            }
            if (block.language().equals("sh")) {
                for (String command : block.lines()) {
                    if (command.startsWith("cp ") || command.startsWith("mkdir ")) {
                        setUp(base, command, block.line());
                    }
                }
            }
            if (!block.language().equals("text")) {
                continue;
            }
            Block before = i > 0 && block.follows() && blocks.get(i - 1).language().equals("sh") ? blocks.get(i - 1) : null;
            List<String> commands = new ArrayList<>();
            List<String> setup = new ArrayList<>();
            if (before != null) {
                before.lines().stream().filter(l -> l.startsWith("bin/smartvillage ")).forEach(commands::add);
                marked(before, "test-setup:").forEach(setup::add);
            }
            marked(block, "run:").forEach(commands::add);
            marked(block, "test-setup:").forEach(setup::add);
            if (commands.isEmpty()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest("line " + block.line() + ": " + commands.get(0),
                    () -> run(base, setup, commands, block)));
        }
        assertThat(tests).as("the guide shows runs").hasSizeGreaterThan(10);
        return tests.stream();
    }

    private static Stream<String> marked(Block block, String kind) {
        return block.marks().stream().filter(m -> m.startsWith(kind)).map(m -> m.substring(kind.length()).trim());
    }

    /** The fenced blocks, each with the marks between it and the text before it. */
    private static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        boolean onlyBlankSinceLastBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher mark = MARK.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (mark.matches()) {
                marks.add(mark.group(1) + ": " + mark.group(2));
            } else if (fence.matches()) {
                List<String> body = new ArrayList<>();
                int start = i + 1;
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    body.add(lines.get(i));
                }
                blocks.add(new Block(fence.group(1), body, List.copyOf(marks), start, onlyBlankSinceLastBlock));
                marks.clear();
                onlyBlankSinceLastBlock = true;
            } else if (!line.isBlank()) {
                onlyBlankSinceLastBlock = false;
                marks.clear();
            }
        }
        return blocks;
    }

    /** A file the guide shows is the file the officer has: written when the guide creates it, compared when it was copied. */
    private static DynamicTest shownFile(Path base, String name, Block block) throws IOException {
        Path file = base.resolve(name);
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, block.text(), StandardCharsets.UTF_8);
        }
        // A byte-order mark, as Excel writes "CSV UTF-8", is invisible to the officer reading the guide.
        String actual = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        return DynamicTest.dynamicTest("line " + block.line() + ": the guide shows " + name + " as it is",
                () -> assertThat(actual.strip()).isEqualTo(block.text().strip()));
    }

    private static void setUp(Path base, String command, int line) throws IOException {
        String[] words = command.split("\\s+");
        switch (words[0]) {
            case "mkdir" -> Files.createDirectories(base.resolve(words[words.length - 1]));
            case "cp" -> {
                Path from = words[1].equals("-r") ? REPO.resolve(words[2]) : base.resolve(words[1]);
                Path to = base.resolve(words[words.length - 1]);
                if (words[1].equals("-r")) {
                    copyTree(from, to);
                } else {
                    Path target = Files.isDirectory(to) ? to.resolve(from.getFileName()) : to;
                    Files.copy(from, target);
                }
            }
            default -> fail("line " + line + ": the test does not know how to run " + command);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.naturalOrder())::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void run(Path base, List<String> setup, List<String> commands, Block shown) throws Exception {
        if (!Files.exists(base.resolve("so-lieu.xlsx"))) {
            workbook(base);   // once: the officer's workbook is a file of its own, which the runs' changes to the CSV tables leave alone
        }
        Path dir = Files.createTempDirectory(work, "run");
        copyTree(base, dir);
        for (String step : setup) {
            change(dir, step);
        }
        StringBuilder printed = new StringBuilder();
        for (String command : commands) {
            printed.append(cli(dir, command));
        }
        expect(printed.toString(), shown);
    }

    /** The guide's workbook: its four sheets copied from the four tables of {@code so-lieu}. */
    private static void workbook(Path dir) throws IOException {
        Path folder = dir.resolve("so-lieu");
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("so-lieu.xlsx"))) {
            for (List<String> sheet : List.of(List.of("Đơn vị", "don-vi.csv"), List.of("Thôn", "thon.csv"),
                    List.of("Xã", "xa.csv"), List.of("Tổ chức", "to-chuc.csv"))) {
                Sheet s = wb.createSheet(sheet.get(0));
                List<String> rows = Files.readAllLines(folder.resolve(sheet.get(1)), StandardCharsets.UTF_8).stream()
                        .map(l -> l.replace("\uFEFF", "")).toList();
                char separator = rows.get(0).contains(";") ? ';' : ',';
                for (int r = 0; r < rows.size(); r++) {
                    Row row = s.createRow(r);
                    List<String> cells = cells(rows.get(r), separator);
                    for (int c = 0; c < cells.size(); c++) {
                        String cell = cells.get(c);
                        String digits = separator == ';' ? cell.replace(".", "") : cell.replace(",", "");
                        if (r > 0 && digits.matches("\\d{1,15}") && !cell.isEmpty()) {
                            row.createCell(c).setCellValue(Long.parseLong(digits));
                        } else if (!cell.isEmpty()) {
                            row.createCell(c).setCellValue(cell);
                        }
                    }
                }
            }
            wb.write(out);
        }
    }

    private static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** A change the guide's prose describes: {@code replace FILE "old" "new"}, {@code delete-line FILE "text"}, {@code write FILE "content"}. */
    private static void change(Path dir, String step) throws IOException {
        String[] words = step.split("\\s+", 3);
        Path file = dir.resolve(words[1]);
        List<String> quoted = new ArrayList<>();
        Matcher m = QUOTED.matcher(words.length > 2 ? words[2] : "");
        while (m.find()) {
            quoted.add(m.group(1));
        }
        switch (words[0]) {
            case "replace" -> {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(text).as("%s holds %s", words[1], quoted.get(0)).contains(quoted.get(0));
                Files.writeString(file, text.replace(quoted.get(0), quoted.get(1)), StandardCharsets.UTF_8);
            }
            case "delete-line" -> {
                List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
                assertThat(lines.removeIf(l -> l.contains(quoted.get(0)))).as("%s has a line with %s", words[1], quoted.get(0)).isTrue();
                Files.write(file, lines, StandardCharsets.UTF_8);
            }
            case "write" -> Files.writeString(file, quoted.get(0), StandardCharsets.UTF_8);
            default -> fail("unknown test-setup step: " + step);
        }
    }

    /** Runs one command as an officer does, in a fresh Java process in the folder; standard output and error together. */
    private static String cli(Path dir, String command) throws Exception {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SmartVillageCli.class.getName()));
        for (String word : command.substring("bin/smartvillage ".length()).trim().split("\\s+")) {
            args.add(word);
        }
        ProcessBuilder pb = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        pb.environment().remove("_JAVA_OPTIONS");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(command).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Every line shown is printed, in order; {@code …} skips lines; a line ending in {@code …} is a prefix. */
    private static void expect(String printed, Block shown) {
        List<String> lines = printed.lines().map(String::stripTrailing).toList();
        int at = 0;
        for (String expected : shown.lines()) {
            String want = expected.stripTrailing();
            if (want.equals("…") || want.isEmpty()) {
                continue;
            }
            boolean prefix = want.endsWith("…");
            String start = prefix ? want.substring(0, want.length() - 1) : want;
            int found = -1;
            for (int i = at; i < lines.size(); i++) {
                if (prefix ? lines.get(i).startsWith(start) : lines.get(i).equals(want)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                fail("docs/huong-dan.md line %d shows a line the tool does not print (after line %d of its output):%n  %s%n"
                        + "the tool printed:%n%s", shown.line(), at, want, printed);
            }
            at = found + 1;
        }
    }
}
