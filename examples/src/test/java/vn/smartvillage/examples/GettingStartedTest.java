package vn.smartvillage.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.smartvillage.Fraction;
import vn.smartvillage.evaluation.CriterionResult;
import vn.smartvillage.evaluation.Status;

class GettingStartedTest {

    @Test
    void theReadmeSnippet_runsAndGivesWhatItsCommentsSay() {
        CriterionResult r = GettingStarted.run();
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.value()).contains(Fraction.of(1100, 4000));
        assertThat(r.reason().vi()).isEqualTo("1.100/4.000 = 27,5 % (yêu cầu ≥ 25 %): đạt");
    }

    @Test
    void theReadme_showsExactlyTheCompiledSnippet() throws IOException {
        String source = Files.readString(Path.of("src/main/java/vn/smartvillage/examples/GettingStarted.java"), StandardCharsets.UTF_8);
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        List<String> snippet = source.substring(source.indexOf("// tag::readme[]"), source.indexOf("// end::readme[]"))
                .lines().skip(1).map(l -> l.length() >= 8 ? l.substring(8) : l.strip()).toList();
        assertThat(readme).contains(String.join("\n", snippet));
    }
}
