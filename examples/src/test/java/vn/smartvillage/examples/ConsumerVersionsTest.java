package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The consumer fixtures in {@code consumers/} are standalone projects (no parent of ours), so nothing in the
 * build sets their version of the library: each says it in a {@code smartvillage.version} property. This
 * keeps that property equal to the project's version, so that a release cannot forget them, and keeps every
 * fixture in the build and out of any repository.
 */
class ConsumerVersionsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyConsumerFixtureUsesThisVersionOfTheLibrary() throws Exception {
        Element parent = read(ROOT.resolve("pom.xml"));
        String version = child(parent, "version").getTextContent().strip();
        List<String> modules = new ArrayList<>();
        NodeList m = child(parent, "modules").getElementsByTagName("module");
        for (int i = 0; i < m.getLength(); i++) {
            modules.add(m.item(i).getTextContent().strip());
        }
        List<String> consumers = consumerFolders();
        assertThat(consumers).as("consumer fixtures").isNotEmpty();
        assertThat(modules).as("the parent's <modules> lists every consumer fixture").containsAll(consumers);
        int lastLibraryModule = -1;
        int firstConsumer = Integer.MAX_VALUE;
        for (int i = 0; i < modules.size(); i++) {
            if (modules.get(i).startsWith("consumers/")) {
                firstConsumer = Math.min(firstConsumer, i);
            } else {
                lastLibraryModule = i;
            }
        }
        assertThat(firstConsumer).as("the consumer fixtures come after the library's modules in " + modules).isGreaterThan(lastLibraryModule);
        for (String c : consumers) {
            Element pom = read(ROOT.resolve(c).resolve("pom.xml"));
            assertThat(child(pom, "parent")).as(c + " is standalone: no <parent>").isNull();
            Element properties = child(pom, "properties");
            assertThat(properties).as(c + " <properties>").isNotNull();
            Element sv = child(properties, "smartvillage.version");
            assertThat(sv).as(c + " declares smartvillage.version").isNotNull();
            assertThat(sv.getTextContent().strip()).as(c + " smartvillage.version").isEqualTo(version);
            assertThat(text(properties, "maven.install.skip")).as(c + " is never installed").isEqualTo("true");
            assertThat(text(properties, "maven.deploy.skip")).as(c + " is never deployed").isEqualTo("true");
            assertThat(Files.readString(ROOT.resolve(c).resolve("pom.xml"))).as(c + " names the library's version only through the property")
                    .doesNotContain("<version>" + version + "</version>");
        }
    }

    private static List<String> consumerFolders() throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve("consumers"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("pom.xml"))).map(p -> "consumers/" + p.getFileName()).sorted().toList();
        }
    }

    private static Element read(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(pom.toFile());
        return d.getDocumentElement();
    }

    /** The first direct child element named {@code name}, or null. */
    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static String text(Element e, String name) {
        Element c = child(e, name);
        return c == null ? null : c.getTextContent().strip();
    }
}
