package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import vn.smartvillage.cli.SmartVillageCli;
import vn.smartvillage.criteria.vn.VietnamPacks;
import vn.smartvillage.rules.Criterion;
import vn.smartvillage.testkit.TestData;

/**
 * What Maven Central gets: the BOM manages exactly the published library artifacts and nothing else, repeats
 * the parent's version, metadata and release profile (it has no parent, so that importing it brings no
 * other versions), and every library jar carries the licence and the notice.
 */
class PublishingTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @Test
    void theBom_managesExactlyThePublishedLibraryArtifacts() throws Exception {
        Element parent = pom(ROOT.resolve("pom.xml"));
        List<String> published = new ArrayList<>();
        for (Element module : children(child(parent, "modules").orElseThrow(), "module")) {
            Element pom = pom(ROOT.resolve(module.getTextContent().strip()).resolve("pom.xml"));
            // The consumer fixtures are builds of their own (no parent of ours) that are never deployed.
            boolean ours = child(pom, "parent").flatMap(p -> text(p, "artifactId")).filter("smartvillage-parent"::equals).isPresent()
                    || module.getTextContent().strip().equals("bom");
            if (!ours) {
                assertThat(child(pom, "properties").flatMap(p -> text(p, "maven.deploy.skip"))).as(module.getTextContent()).contains("true");
                continue;
            }
            boolean library = text(pom, "packaging").orElse("jar").equals("jar");
            boolean skipped = child(pom, "properties").flatMap(p -> text(p, "smartvillage.publish.skip")).orElse("false")
                    .equals("true");
            if (library && !skipped) {
                published.add(text(pom, "groupId").orElse("vn.smartvillage") + ":" + text(pom, "artifactId").orElseThrow());
            }
        }
        assertThat(published).contains("vn.smartvillage:smartvillage-core");

        List<String> managed = new ArrayList<>();
        for (Element d : children(child(child(bom(), "dependencyManagement").orElseThrow(), "dependencies").orElseThrow(),
                "dependency")) {
            managed.add(text(d, "groupId").orElseThrow() + ":" + text(d, "artifactId").orElseThrow());
            assertThat(text(d, "version")).as("the version of " + managed.get(managed.size() - 1)).contains("${project.version}");
            assertThat(text(d, "scope")).as("an import would bring another BOM's versions").isEmpty();
            assertThat(text(d, "type")).isEmpty();
        }
        assertThat(managed).as("smartvillage-bom's dependencyManagement").containsExactlyInAnyOrderElementsOf(published);
    }

    @Test
    void theBom_hasNoParent_soThatImportingItBringsNoOtherVersion() throws Exception {
        Element bom = bom();
        assertThat(child(bom, "parent")).isEmpty();
        assertThat(text(bom, "artifactId")).contains("smartvillage-bom");
        assertThat(text(bom, "packaging")).contains("pom");
        Element modules = child(pom(ROOT.resolve("pom.xml")), "modules").orElseThrow();
        assertThat(children(modules, "module").get(0).getTextContent().strip()).as("the first module").isEqualTo("bom");
    }

    @Test
    void theBom_repeatsTheParentsVersionMetadataAndReleaseProfile() throws Exception {
        Element parent = pom(ROOT.resolve("pom.xml"));
        Element bom = bom();
        for (String element : List.of("groupId", "version", "url", "inceptionYear", "organization", "licenses", "developers",
                "scm", "issueManagement")) {
            assertThat(child(bom, element).map(PublishingTest::canonical)).as(element)
                    .isEqualTo(child(parent, element).map(PublishingTest::canonical)).isPresent();
        }
        assertThat(text(child(bom, "properties").orElseThrow(), "project.build.outputTimestamp"))
                .isEqualTo(text(child(parent, "properties").orElseThrow(), "project.build.outputTimestamp"));
        assertThat(releasePlugins(bom)).as("the BOM's release profile").isEqualTo(releasePlugins(parent)).hasSize(2);
    }

    @Test
    void everyLibraryJar_carriesTheLicenceAndTheNotice() throws Exception {
        byte[] licence = Files.readAllBytes(ROOT.resolve("LICENSE"));
        byte[] notice = Files.readAllBytes(ROOT.resolve("NOTICE"));
        assertThat(new String(licence, java.nio.charset.StandardCharsets.US_ASCII))
                .startsWith("\n                                 Apache License\n                           Version 2.0, January 2004")
                .contains("END OF TERMS AND CONDITIONS", "APPENDIX: How to apply the Apache License to your work.");
        // In mvn verify these are the jars; in mvn test, the modules' target/classes.
        for (Class<?> type : List.of(Criterion.class, VietnamPacks.class, TestData.class, SmartVillageCli.class)) {
            Path where = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertThat(read(where, "META-INF/LICENSE")).as("META-INF/LICENSE in " + where).isEqualTo(licence);
            assertThat(read(where, "META-INF/NOTICE")).as("META-INF/NOTICE in " + where).isEqualTo(notice);
        }
    }

    private static byte[] read(Path jarOrFolder, String entry) throws IOException {
        if (Files.isDirectory(jarOrFolder)) {
            return Files.readAllBytes(jarOrFolder.resolve(entry));
        }
        try (JarFile jar = new JarFile(jarOrFolder.toFile())) {
            if (jar.getJarEntry(entry) == null) {
                throw new AssertionError(jarOrFolder + " has no " + entry);
            }
            try (InputStream in = jar.getInputStream(jar.getJarEntry(entry))) {
                return in.readAllBytes();
            }
        }
    }

    /** The plugins of a POM's release profile, as {@code groupId:artifactId:version} with properties filled in, and their configuration. */
    private static Map<String, String> releasePlugins(Element pom) {
        Element profile = children(child(pom, "profiles").orElseThrow(), "profile").stream()
                .filter(p -> text(p, "id").orElse("").equals("release")).findFirst().orElseThrow();
        Element properties = child(pom, "properties").orElseThrow();
        Map<String, String> out = new LinkedHashMap<>();
        for (Element plugin : children(child(child(profile, "build").orElseThrow(), "plugins").orElseThrow(), "plugin")) {
            String version = resolve(text(plugin, "version").orElseThrow(), properties);
            String configuration = child(plugin, "configuration").map(PublishingTest::canonical).orElse("")
                    // The parent leaves its unpublished modules out; the BOM is always published.
                    .replace("skipPublishing[${smartvillage.publish.skip}]", "");
            out.put(text(plugin, "groupId").orElseThrow() + ":" + text(plugin, "artifactId").orElseThrow() + ":" + version,
                    configuration + child(plugin, "executions").map(PublishingTest::canonical).orElse("")
                            + text(plugin, "extensions").orElse(""));
        }
        return out;
    }

    private static String resolve(String value, Element properties) {
        Matcher m = PROPERTY.matcher(value);
        return m.matches() ? text(properties, m.group(1)).orElseThrow(() -> new AssertionError("no property " + value)) : value;
    }

    /** An element's names and texts, attributes and layout left out. */
    private static String canonical(Element e) {
        List<Element> kids = children(e, null);
        if (kids.isEmpty()) {
            return e.getTagName() + "[" + e.getTextContent().strip() + "]";
        }
        StringBuilder s = new StringBuilder(e.getTagName()).append('{');
        kids.forEach(k -> s.append(canonical(k)));
        return s.append('}').toString();
    }

    private static Element bom() throws Exception {
        return pom(ROOT.resolve("bom/pom.xml"));
    }

    private static Element pom(Path file) throws ParserConfigurationException, SAXException, IOException, URISyntaxException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip());
    }

    /** The child elements of {@code parent} named {@code name}, or all of them when {@code name} is null. */
    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                out.add(e);
            }
        }
        return out;
    }
}
