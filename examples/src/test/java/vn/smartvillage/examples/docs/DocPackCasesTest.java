package vn.smartvillage.examples.docs;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import vn.smartvillage.packs.RulePackRegistry;
import vn.smartvillage.testkit.PackCases;

/** docs/testing.md, "A pack's own cases as tests": the example packs' cases, one test each. */
class DocPackCasesTest {

    @TestFactory
    Stream<DynamicNode> packCases() {
        return PackCases.of(RulePackRegistry.builder().discover().addDirectory(Path.of("src/main/resources/packs")).build());
    }
}
