package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import java.util.regex.Pattern;

import org.apiguardian.api.API;

/**
 * Names exactly the rules an assessment was judged by: a pack's id and version, and the hash of its
 * content, so that two packs that share an id and a version but not their rules are told apart.
 *
 * <p>The content hash is {@code "sha256:"} and 64 lower-case hex digits: the SHA-256 of the resolved pack
 * written flat in the pack format. An assessment gives its pack's reference
 * ({@code Assessment.packRef()}); a JSON report names it in its {@code pack} object, and reading the
 * report back finds the pack by id and version and checks the hash.
 *
 * @param id          the pack's id, such as {@code "vn.example.ntm-digital"}
 * @param version     the pack's version, such as {@code "2023-2025"}
 * @param contentHash {@code "sha256:"} and the 64 lower-case hex digits of the SHA-256 of the pack written flat
 */
@API(status = STABLE, since = "0.1")
public record PackRef(String id, String version, String contentHash) {

    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");

    /**
     * Checks the parts.
     *
     * @param id          the pack's id, not null
     * @param version     the pack's version, not null
     * @param contentHash {@code "sha256:"} and 64 lower-case hex digits, not null
     * @throws IllegalArgumentException if the hash is not of that form
     */
    public PackRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(contentHash, "contentHash");
        if (!HASH.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("a content hash is \"sha256:\" and 64 lower-case hex digits, got \"" + contentHash + "\"");
        }
    }

    /** {@return {@code "id@version"}, as packs are named elsewhere (such as in {@link Origin})} */
    @Override
    public String toString() {
        return id + "@" + version;
    }
}
