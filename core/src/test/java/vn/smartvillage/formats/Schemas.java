package vn.smartvillage.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The JSON Schemas of {@code docs/}, for the tests that hold the loaders to them. */
public final class Schemas {

    /** The repository's {@code docs} folder. */
    public static final Path DOCS = Path.of("../docs").toAbsolutePath().normalize();

    /** Serves the schemas of docs/ by their file address, and nothing else: no remote fetching. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(iri -> {
                Path file = Path.of(java.net.URI.create(iri)).normalize();
                if (!file.startsWith(DOCS)) {
                    return null;
                }
                try {
                    return Files.readString(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));

    private Schemas() {
    }

    /** {@return the schema {@code docs/<file>}} */
    public static Schema of(String file) {
        return REGISTRY.getSchema(SchemaLocation.of(DOCS.resolve(file).toUri().toString()));
    }
}
