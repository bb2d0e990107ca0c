package vn.smartvillage.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.smartvillage.Problem;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.fixtures.Metrics;

/** Discovery goes on past a provider that cannot be loaded or that misbehaves, and names each. */
class DiscoveryTest {

    /** A provider that breaks its contract. */
    public static final class NullProvider implements RulePackProvider {
        /** Creates it; the service loader calls this. */
        public NullProvider() {
        }

        @Override
        public List<PackSource> packs() {
            return null;
        }
    }

    @Test
    void aProviderThatCannotBeLoaded_doesNotHideTheNextOne_andANullListIsAProblem(@TempDir Path dir) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(RulePackProvider.class.getName()), "no.such.Provider\n" + NullProvider.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> RulePackRegistry.builder().vocabulary(Metrics.all()).discover(loader).build()).isInstanceOf(SmartVillageException.class)
                    .satisfies(e -> {
                        List<String> problems = ((SmartVillageException) e).problems().stream().map(Problem::toString).toList();
                        assertThat(problems).anySatisfy(p -> assertThat(p).contains("no.such.Provider"));
                        assertThat(problems).anySatisfy(p -> assertThat(p).contains(NullProvider.class.getName(), "returned null"));
                    });
        }
    }
}
