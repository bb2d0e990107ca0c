package vn.smartvillage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

import vn.smartvillage.rules.RulePack;

/**
 * The public API's tiers and conventions (docs/api.md): every public type of an exported package says how
 * stable it is and since when, the young parts are experimental, the surface stays within its budget, and
 * the conventions hold — absence is an {@code Optional} return, copies are {@code withX}, no boolean flag
 * argument, no provenance setter in the public builders.
 */
class PublicApiTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final Path SOURCES = Path.of("src/main/java");

    /** The young parts of the API, which may still change in a minor release. */
    private static final Set<String> EXPERIMENTAL = Set.of("vn.smartvillage.report.GapPlan", "vn.smartvillage.report.Drilldown",
            "vn.smartvillage.report.Trend", "vn.smartvillage.io.DatasetCsv", "vn.smartvillage.data.SuccessionMap",
            "vn.smartvillage.data.Recognition", "vn.smartvillage.rules.Area");
    private static final Set<String> EXPERIMENTAL_PACKAGES = Set.of("vn.smartvillage.packs.testing");

    /**
     * At most this many public types, nested ones included: the surface may shrink, never grow unnoticed. The
     * aim is 70; {@code Location}, {@code Measure}, {@code Requirement} and {@code Aggregation} are one type each
     * (with a visitor for the last three), their kinds read through accessors or visitors (docs/api.md).
     * 72 since issue 17: {@code SuccessionMap}, the reorganisation that {@code Dataset.rebase} takes as data
     * (docs/decisions/17-succession.md), and {@code data.Recognition}, an official decision recognising a unit,
     * a value with seven parts that a dataset, an assessment and the reports carry (docs/decisions/17-recognitions.md).
     * 73 with {@code rules.Area}, the geography a pack governs and until when, a value of four parts that the pack
     * format reads and writes and the evaluator warns from (docs/decisions/17-geography.md).
     */
    private static final int MAX_TYPES = 73;

    static List<Class<?>> publicTypes() throws IOException, ClassNotFoundException {
        Set<String> exported = new TreeSet<>();
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
        }
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.equals("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, PublicApiTest.class.getClassLoader());
                if (exported.contains(c.getPackageName()) && visible(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static boolean visible(Class<?> c) {
        for (Class<?> x = c; x != null; x = x.getDeclaringClass()) {
            if (!Modifier.isPublic(x.getModifiers()) || x.isAnonymousClass() || x.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    /** The public methods and constructors a type declares itself (not those the compiler adds). */
    private static List<Executable> members(Class<?> c) {
        List<Executable> out = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                out.add(m);
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (Modifier.isPublic(k.getModifiers())) {
                out.add(k);
            }
        }
        return out;
    }

    @Test
    void everyPublicTypeSaysHowStableItIsAndSinceWhen() throws Exception {
        List<Class<?>> types = publicTypes();
        assertThat(types).isNotEmpty();
        for (Class<?> c : types) {
            API api = c.getAnnotation(API.class);
            assertThat(api).as("@API on %s", c.getName()).isNotNull();
            assertThat(api.since()).as("since of %s", c.getName()).isEqualTo("0.1");
            Class<?> top = c;
            while (top.getDeclaringClass() != null) {
                top = top.getDeclaringClass();
            }
            boolean young = EXPERIMENTAL.contains(top.getName()) || EXPERIMENTAL_PACKAGES.contains(c.getPackageName());
            assertThat(api.status()).as("status of %s", c.getName()).isEqualTo(young ? API.Status.EXPERIMENTAL : API.Status.STABLE);
        }
    }

    @Test
    void theSurfaceStaysWithinItsBudget() throws Exception {
        assertThat(publicTypes()).as("public types of core").hasSizeLessThanOrEqualTo(MAX_TYPES);
    }

    @Test
    void noPublicMethodOrConstructorTakesABooleanFlag() throws Exception {
        List<String> flags = new ArrayList<>();
        for (Class<?> c : publicTypes()) {
            for (Executable e : members(c)) {
                if (Arrays.stream(e.getParameterTypes()).anyMatch(t -> t == boolean.class || t == Boolean.class)) {
                    flags.add(e.toString());
                }
            }
        }
        assertThat(flags).as("two methods, or an enum, say what a boolean argument means").isEmpty();
    }

    @Test
    void absenceIsAnOptionalReturn_neverAnOptionalArgument() throws Exception {
        List<String> taking = new ArrayList<>();
        for (Class<?> c : publicTypes()) {
            for (Executable e : members(c)) {
                if (Arrays.stream(e.getParameterTypes()).anyMatch(t -> t == Optional.class || t == OptionalLong.class
                        || t == OptionalInt.class)) {
                    taking.add(e.toString());
                }
            }
        }
        assertThat(taking).as("an absent input is an overload or a builder's unset part").isEmpty();
    }

    @Test
    void copiesAreNamedWithX() throws Exception {
        List<String> misnamed = new ArrayList<>();
        for (Class<?> c : publicTypes()) {
            if (c.getSimpleName().endsWith("Builder") || c.getSimpleName().equals("HouseholdFacts")) {
                continue;
            }
            for (Executable e : members(c)) {
                if (e instanceof Method m && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() == c
                        && !m.getName().startsWith("with") && !Set.of("reduced", "rebase").contains(m.getName())) {
                    misnamed.add(m.toString());
                }
            }
        }
        assertThat(misnamed).isEmpty();
    }

    @Test
    void whereARuleCameFrom_isSetOnlyByTheLibrarysReader() {
        List<String> setters = Arrays.stream(RulePack.Builder.class.getMethods())
                .filter(m -> m.getName().equals("origin") || m.getName().equals("ancestors") || m.getParameterCount() == 2
                        && m.getParameterTypes()[1] == String.class && !m.getName().equals("title"))
                .map(Method::toString).toList();
        assertThat(setters).isEmpty();
    }

    /** {@code or {@code null}} and its kin, in the documentation of a public member. */
    private static final Pattern NULL_IN_DOCS = Pattern.compile("or \\{@code null}|\\{@code null} (?:when|if|for) |, or null\\b");
    private static final Pattern DOC_THEN_DECLARATION = Pattern.compile("/\\*\\*(.*?)\\*/\\s*((?:@[^\\n]*\\n\\s*)*)([^\\n{;=]*)",
            Pattern.DOTALL);

    @Test
    void theDocumentationOfThePublicApi_neverOffersANull() throws Exception {
        List<String> offers = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("vn/smartvillage"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/internal/")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                boolean inInterface = Pattern.compile("^public (sealed )?interface ", Pattern.MULTILINE).matcher(text).find();
                Matcher m = DOC_THEN_DECLARATION.matcher(text);
                while (m.find()) {
                    String declaration = m.group(3);
                    boolean published = declaration.contains("public ") || inInterface && !declaration.contains("private ");
                    // The resource reader a provider passes is the JDK's getResourceAsStream, which returns null.
                    boolean jdkCallback = f.endsWith("PackSource.java") && declaration.contains("resource(");
                    if (published && !jdkCallback && NULL_IN_DOCS.matcher(m.group(1)).find()) {
                        offers.add(SOURCES.relativize(f) + ": " + declaration.strip());
                    }
                }
            }
        }
        assertThat(offers).as("absence is an Optional return; an absent input is an overload or a builder's unset part").isEmpty();
    }
}
