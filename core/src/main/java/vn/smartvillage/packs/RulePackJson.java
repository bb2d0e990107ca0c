package vn.smartvillage.packs;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.apiguardian.api.API;

import vn.smartvillage.Location;
import vn.smartvillage.Problem;
import vn.smartvillage.ReadLimits;
import vn.smartvillage.SmartVillageException;
import vn.smartvillage.Text;
import vn.smartvillage.internal.SafeFiles;
import vn.smartvillage.internal.Strings;
import vn.smartvillage.internal.format.PackDocument;
import vn.smartvillage.internal.format.PackFormat;
import vn.smartvillage.internal.format.PackWriter;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.JsonFormats;
import vn.smartvillage.internal.json.Node;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.internal.text.Messages;
import vn.smartvillage.metric.Metric;
import vn.smartvillage.rules.RulePack;
import vn.smartvillage.rules.Threshold;

/**
 * The JSON (and YAML) format of rule packs: reading documents, and writing packs.
 *
 * <p>The format is described in {@code docs/rule-packs.md} and, as a JSON Schema, in
 * {@code docs/rule-pack.schema.json}. Reading is pure data: the document names metrics, criteria and
 * rules by id and never a Java class; nothing in it is executed.
 *
 * <pre>{@code
 * RulePack pack = RulePackJson.read(PackSource.file(Path.of("my-pack.json")));
 * String json = RulePackJson.write(pack);
 * }</pre>
 *
 * A pack that {@code extends} another is resolved by a {@link RulePackRegistry} that holds both.
 */
@API(status = STABLE, since = "0.1")
public final class RulePackJson {

    /** The format version this library reads and writes. */
    public static final int FORMAT = PackFormat.VERSION;

    private RulePackJson() {
    }

    /**
     * Reads the header of the document at {@code source}, checking its syntax and header fields; the
     * body is checked when a registry resolves it.
     *
     * @param source the document to read; not a pack built in Java
     * @param limits the limits the document is read within
     * @return the document's header (id, version, title, dates, parent), its body kept for a registry
     * @throws SmartVillageException listing every problem found, each with its location: a document that
     *                                  cannot be read or is refused, its syntax, or its header fields
     * @throws IllegalArgumentException if {@code source} is a pack built in Java
     */
    static PackDocument parse(PackSource source, ReadLimits limits) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(limits, "limits");
        if (source.built().isPresent()) {
            throw new IllegalArgumentException(source + " is a pack built in Java, not a document");
        }
        Node tree;
        try (InputStream in = source.open()) {
            tree = JsonFormats.read(in, JsonFormats.Syntax.of(source.fileName()), limits);
        } catch (SafeFiles.Refused e) {
            throw invalid(source.fileName(), List.of(Problem.of("packFile.notRead", Places.document(source.name()),
                    "why", Messages.label(e.key()))));
        } catch (IOException e) {
            throw invalid(source.fileName(), List.of(Problem.of("packFile.unreadable", Places.document(source.name()),
                    "message", String.valueOf(e.getMessage()))));
        } catch (JsonFormats.SyntaxError e) {
            throw invalid(source.fileName(), List.of(e.problem(Places.document(source.name()))));
        }
        Diagnostics d = new Diagnostics();
        var doc = PackDocument.read(source.fileName(), tree, Cursor.root(tree, d));
        if (doc.isEmpty()) {
            String id = headerString(tree, "id").orElse(source.fileName());
            java.util.Optional<String> version = headerString(tree, "version");
            Location where = version.<Location>map(v -> Places.packVersion(id, v, source.fileName()))
                    .orElseGet(() -> Places.packFile(id, source.fileName()));
            throw invalid(id, d.toProblems(where));
        }
        return doc.get();
    }

    /** Returns the string field {@code name} of an object at the root, to name a pack in its problems. */
    private static java.util.Optional<String> headerString(Node tree, String name) {
        return tree instanceof Node.ObjectNode o && o.get(name) instanceof Node.StringNode s && !s.value().isBlank()
                ? java.util.Optional.of(vn.smartvillage.internal.Strings.cut(vn.smartvillage.Text.nfc(s.value()), 100))
                : java.util.Optional.empty();
    }

    /**
     * Reads a pack that extends no other and checks all of it, test cases included, within the default
     * limits.
     *
     * @param source the pack's document, not null; a pack built in Java is returned as it is
     * @return the pack, checked
     * @throws SmartVillageException listing every problem, each with its JSON pointer, or if the pack
     *                                  extends another (resolve those with a {@link RulePackRegistry})
     */
    public static RulePack read(PackSource source) {
        return RulePackRegistry.builder().add(source).build().packs().get(0);
    }

    /**
     * Reads a pack that extends no other, naming metrics of {@code vocabulary} without declaring them, and
     * checks all of it, test cases included, within the default limits.
     *
     * @param source     the pack's document, not null; a pack built in Java is returned as it is
     * @param vocabulary the metrics the document may name without declaring them (such as a country's, or
     *                   {@code pack.vocabulary()} of the pack it was written from), not null
     * @return the pack, checked; its {@link RulePack#vocabulary()} is {@code vocabulary}
     * @throws SmartVillageException listing every problem, each with its JSON pointer, or if the pack
     *                                  extends another (resolve those with a {@link RulePackRegistry})
     */
    public static RulePack read(PackSource source, Collection<? extends Metric<?>> vocabulary) {
        return RulePackRegistry.builder().vocabulary(vocabulary).add(source).build().packs().get(0);
    }

    /**
     * Writes {@code pack} as a flat document: every criterion, certification and target it holds,
     * inherited or its own, with no {@code extends}, and every metric its rules name that is not of its
     * {@linkplain RulePack#vocabulary() vocabulary}; reading it back against that vocabulary gives an equal
     * pack. The output is deterministic: the same pack always gives the same bytes.
     *
     * @param pack the pack to write, not null
     * @return the document, in format {@value #FORMAT}: JSON indented by two spaces, with {@code \n} line
     *         ends and a final newline
     */
    public static String write(RulePack pack) {
        return PackWriter.write(pack);
    }

    /**
     * Returns the SHA-256 of {@link #write(RulePack)}, in lower-case hex: the same rules always give the
     * same hash, so an assessment can name exactly the rules it used.
     *
     * @param pack the pack, not null
     * @return 64 lower-case hex digits: the SHA-256 of the UTF-8 bytes of {@code write(pack)}
     */
    public static String contentHash(RulePack pack) {
        return PackWriter.contentHash(pack);
    }

    /**
     * Returns a threshold as a pack document writes it: {@code ">= 25 %"}, {@code "< 3"} (ASCII operators,
     * the exact value, and {@code %} for a percentage). Reports use the same form.
     *
     * @param t the threshold, not null
     * @return the operator ({@code >= > <= < =}), a space, the value in plain notation, and {@code " %"} for a
     *         percentage
     */
    public static String threshold(Threshold t) {
        return PackWriter.threshold(t);
    }

    /** The exception for the problems of the rule pack {@code packId}, at least one. */
    static SmartVillageException invalid(String packId, List<Problem> problems) {
        return new SmartVillageException(Strings.problemsSummary("the rule pack '" + packId + "' has", problems.size()), problems);
    }

}
