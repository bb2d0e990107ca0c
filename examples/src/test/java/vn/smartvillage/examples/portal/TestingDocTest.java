package vn.smartvillage.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/testing.md shows the worked example as it is compiled and run here, word for word. */
class TestingDocTest {

    @Test
    void theWorkedExampleInTheDocsIsTheTestThatRuns() throws IOException {
        String source = Files.readString(Path.of("src/test/java/vn/smartvillage/examples/portal/ProvincePortalTest.java"),
                StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("// tag::example[]\n") + "// tag::example[]\n".length(),
                source.indexOf("// end::example[]")).strip();
        String doc = Files.readString(Path.of("../docs/testing.md"), StandardCharsets.UTF_8);
        assertThat(doc).contains("```java\n" + example + "\n```");
    }
}
