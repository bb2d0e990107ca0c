package vn.smartvillage.testkit;

import static org.apiguardian.api.API.Status.STABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.smartvillage.metric.Metric;

import vn.smartvillage.SmartVillageException;
import vn.smartvillage.packs.PackSource;
import vn.smartvillage.packs.RulePackProvider;
import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.rules.RulePack;

/**
 * The contract every {@link RulePackProvider} should keep. Extend it in your test sources and return
 * your provider; JUnit 5 runs the checks:
 *
 * <pre>{@code
 * class MyProvincePacksContractTest extends RulePackProviderContract {
 *     @Override
 *     protected RulePackProvider provider() {
 *         return new MyProvincePacks();
 *     }
 * }
 * }</pre>
 *
 * <p>It checks that the packs load without a problem (with the packs of the other providers on the
 * class path, {@link #alongside()}, which they may extend, and against the {@link #vocabulary()} of them
 * all); that each id and version is given once; that the versions of one pack id do not
 * overlap in time; that every criterion, target and certification cites a document and where to check
 * it (a date, article, address or source); that every pack file follows {@code rule-pack.schema.json};
 * that the provider ships test cases and that each passes; and that it names the same sources and the
 * same vocabulary on every call (the provider's {@code @implSpec}).
 */
@API(status = STABLE, since = "0.1")
public abstract class RulePackProviderContract {

    private static final String SCHEMA_FOLDER = "/vn/smartvillage/testkit/";

    /**
     * The schema check, loaded on first use: the JSON Schema validator is built on Jackson 3's databind,
     * which needs {@code jackson-annotations} 2.20 or later, and an application whose dependency
     * management pins Jackson 2 lower (Spring Boot 3) cannot run it. Only that check is then skipped,
     * with the reason; the rest of the contract does not need the validator.
     */
    private static final class Schemas {
        /** Serves the two schemas from this jar, and nothing else: no remote fetching. */
        static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(iri -> {
                    String file = iri.substring(iri.lastIndexOf('/') + 1);
                    if (!file.equals("rule-pack.schema.json") && !file.equals("dataset.schema.json")) {
                        return null;
                    }
                    try (InputStream in = RulePackProviderContract.class.getResourceAsStream(SCHEMA_FOLDER + file)) {
                        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
        static final Schema PACK = REGISTRY.getSchema(SchemaLocation.of("classpath:" + SCHEMA_FOLDER + "rule-pack.schema.json"));

        static List<Error> validate(String name, String text) {
            JsonNode node = name.matches(".*\\.ya?ml") ? YAMLMapper.shared().readTree(text) : JsonMapper.shared().readTree(text);
            return PACK.validate(node);
        }
    }

    /**
     * Creates the contract; JUnit calls it through the test class that extends it. It is the default
     * constructor, written out so that it has a comment.
     */
    public RulePackProviderContract() {
    }

    /** {@return the provider under test} It is called several times; it may give a new instance each time. */
    protected abstract RulePackProvider provider();

    /**
     * {@return the packs the provider's packs may extend but that it does not ship: by default, the packs
     * of every other provider found on the class path (a national pack from another jar)}
     */
    protected List<PackSource> alongside() {
        List<PackSource> out = new ArrayList<>();
        Class<?> mine = provider().getClass();
        for (RulePackProvider p : ServiceLoader.load(RulePackProvider.class, mine.getClassLoader())) {
            if (!p.getClass().equals(mine)) {
                out.addAll(p.packs());
            }
        }
        return out;
    }

    /**
     * {@return the metrics the packs may name without declaring them: by default, the provider's own
     * vocabulary and that of every other provider found on the class path (a country's metrics from the
     * jar of its national packs)}
     */
    protected List<Metric<?>> vocabulary() {
        List<Metric<?>> out = new ArrayList<>(provider().vocabulary());
        Class<?> mine = provider().getClass();
        for (RulePackProvider p : ServiceLoader.load(RulePackProvider.class, mine.getClassLoader())) {
            if (!p.getClass().equals(mine)) {
                out.addAll(p.vocabulary());
            }
        }
        return out;
    }

    /** {@return whether every pack must ship test cases; {@code true} by default} */
    protected boolean requireTestCases() {
        return true;
    }

    private RulePackRegistry registry() {
        RulePackRegistry.Builder b = RulePackRegistry.builder().vocabulary(vocabulary());
        alongside().forEach(b::add);
        provider().packs().forEach(b::add);
        try {
            return b.build();
        } catch (SmartVillageException e) {
            return fail("the provider's packs do not load:\n  " + e.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("\n  ")));
        }
    }

    /** The provider's own packs, without those {@link #alongside()}. */
    private List<RulePackRegistry.Entry> own(RulePackRegistry registry) {
        Set<String> names = provider().packs().stream().map(PackSource::name).collect(Collectors.toSet());
        return registry.entries().stream().filter(e -> names.contains(e.source().name())).toList();
    }

    @Test
    void shipsAtLeastOnePack_andEachLoadsWithoutProblems() {
        assertFalse(provider().packs().isEmpty(), "the provider ships no pack");
        assertEquals(provider().packs().size(), own(registry()).size(), "every source the provider names is a loaded pack");
    }

    @Test
    void namesTheSameSourcesOnEveryCall() {
        List<String> first = provider().packs().stream().map(PackSource::name).toList();
        List<Metric<?>> firstVocabulary = provider().vocabulary();
        for (int call = 2; call <= 3; call++) {
            assertEquals(first, provider().packs().stream().map(PackSource::name).toList(),
                    "call " + call + " of packs() names other sources than the first: a provider is idempotent");
            assertEquals(firstVocabulary, provider().vocabulary(),
                    "call " + call + " of vocabulary() gives other metrics than the first: a provider is idempotent");
        }
    }

    @Test
    void eachIdAndVersionIsGivenOnce() {
        Set<String> seen = new HashSet<>();
        for (RulePackRegistry.Entry e : own(registry())) {
            assertTrue(seen.add(e.pack().toString()), e.pack() + " is given twice");
        }
    }

    @Test
    void theVersionsOfOnePackIdDoNotOverlap() {
        RulePackRegistry registry = registry();
        for (String id : registry.ids()) {
            List<RulePack> versions = registry.versions(id);
            for (int i = 1; i < versions.size(); i++) {
                RulePack before = versions.get(i - 1);
                RulePack after = versions.get(i);
                assertTrue(before.effective().to().filter(end -> end.isBefore(after.effective().from())).isPresent(),
                        before + " (" + before.effective() + ") overlaps " + after + " (" + after.effective() + ")");
            }
        }
    }

    @Test
    void everyRuleCitesADocumentAndWhereToCheckIt() {
        List<String> uncited = new ArrayList<>();
        for (RulePackRegistry.Entry e : own(registry())) {
            RulePack p = e.pack();
            List<Criterion> rules = new ArrayList<>(p.criteria());
            p.targets().forEach(t -> rules.add(t.indicator()));
            rules.stream().filter(c -> !checkable(c.citation())).forEach(c -> uncited.add(p + " " + c.id()));
            p.certifications().stream().filter(c -> !checkable(c.citation())).forEach(c -> uncited.add(p + " " + c.id()));
        }
        assertTrue(uncited.isEmpty(), "rules citing a document without a date, article, address or source: " + uncited);
    }

    private static boolean checkable(Citation c) {
        return c.date().isPresent() || c.article().isPresent() || c.url().isPresent() || c.source().isPresent();
    }

    @TestFactory
    Stream<DynamicTest> everyPackFileFollowsTheSchema() {
        try {
            Schemas.validate("probe.json", "{}");
        } catch (LinkageError e) {
            // One skipped test that says why, rather than a whole contract that fails to start.
            return Stream.of(DynamicTest.dynamicTest("JSON Schema check", () -> Assumptions.abort("the JSON Schema check needs Jackson 3's "
                    + "databind, which needs com.fasterxml.jackson.core:jackson-annotations 2.20 or later, and this build has an older "
                    + "one (a Jackson 2 pin in its dependency management): " + e + ". The packs are still loaded and checked by the "
                    + "library itself.")));
        }
        return provider().packs().stream().map(source -> DynamicTest.dynamicTest(source.name(), () -> {
            Optional<InputStream> in = source.openDocument();
            if (in.isEmpty()) {
                return; // a pack built in Java has no file
            }
            String text;
            try (InputStream s = in.get()) {
                text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
            }
            List<Error> errors = Schemas.validate(source.name(), text);
            assertTrue(errors.isEmpty(), source.name() + " does not follow rule-pack.schema.json:\n  "
                    + errors.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
        }));
    }

    @TestFactory
    Stream<DynamicNode> everyTestCasePasses() {
        List<RulePackRegistry.Entry> entries = own(registry());
        if (requireTestCases()) {
            List<String> without = entries.stream().filter(e -> e.tests().isEmpty()).map(e -> e.pack().toString()).toList();
            assertTrue(without.isEmpty(), "packs without test cases: " + without);
        }
        return entries.stream().map(e -> org.junit.jupiter.api.DynamicContainer.dynamicContainer(e.pack().toString(), PackCases.of(e)));
    }
}
