package vn.smartvillage.internal.format;

import java.util.List;
import java.util.Optional;

import vn.smartvillage.Location;
import vn.smartvillage.Text;
import vn.smartvillage.internal.IdGrammar;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.Node;
import vn.smartvillage.internal.location.Places;
import vn.smartvillage.rules.EffectivePeriod;

/**
 * A rule-pack document as read, before its {@code extends} is resolved: its header (id, version, title,
 * dates, parent) and its body, kept for a registry to resolve with {@link PackReader}. Immutable.
 */
public final class PackDocument {

    static final Field SCHEMA = Field.optional("$schema");
    static final Field FORMAT = Field.optional("format");
    static final Field ID = Field.required("id");
    static final Field VERSION = Field.required("version");
    static final Field TITLE = Field.required("title");
    static final Field EFFECTIVE = Field.required("effective");
    static final Field AREA = Field.optional("area");
    static final Field EXTENDS = Field.optional("extends");
    static final Field CITATIONS = Field.optional("citations");
    static final Field METRICS = Field.optional("metrics");
    static final Field CRITERIA = Field.optional("criteria");
    static final Field CERTIFICATIONS = Field.optional("certifications");
    static final Field TARGETS = Field.optional("targets");
    static final Field OVERRIDES = Field.optional("overrides");
    static final Field TESTS = Field.optional("tests");
    /** The fields of a document's root, in the order a writer writes them. */
    static final Shape ROOT = Shape.of("pack document", "", SCHEMA, FORMAT, ID, VERSION, TITLE, EFFECTIVE, AREA, EXTENDS, CITATIONS, METRICS,
            CRITERIA, CERTIFICATIONS, TARGETS, OVERRIDES, TESTS);

    private final String fileName;
    private final Node body;
    private final String id;
    private final String version;
    private final Text title;
    private final EffectivePeriod effective;
    private final vn.smartvillage.rules.Area area;
    private final String parentId;
    private final String parentVersion;

    private PackDocument(String fileName, Node body, String id, String version, Text title, EffectivePeriod effective,
            vn.smartvillage.rules.Area area, String parentId, String parentVersion) {
        this.area = area;
        this.fileName = fileName;
        this.body = body;
        this.id = id;
        this.version = version;
        this.title = title;
        this.effective = effective;
        this.parentId = parentId;
        this.parentVersion = parentVersion;
    }

    /**
     * Reads the header of the tree at {@code root}, read from the file {@code fileName}; shape problems go to
     * its diagnostics, and a document with any is empty.
     */
    public static Optional<PackDocument> read(String fileName, Node tree, Cursor root) {
        Diagnostics d = root.diagnostics();
        // Counted before the root's fields are checked: an unknown field at the root ("overides") is a
        // problem like any other, never silently dropped.
        int before = d.size();
        if (!root.required() || !root.object(ROOT.names())) {
            return Optional.empty();
        }
        // "$schema" is for editors; read as a string like any other field, so that nothing is carried unread.
        SCHEMA.in(root).string();
        Cursor format = FORMAT.in(root);
        if (format.present() && !format.integer(1, Long.MAX_VALUE).map(v -> v == PackFormat.VERSION).orElse(true)) {
            format.refuse("packFile.format", "version", PackFormat.VERSION);
        }
        Optional<String> id = ID.in(root).requiredString();
        id.filter(s -> !IdGrammar.RULE.matches(s)).ifPresent(s -> ID.in(root).refuse("packFile.id"));
        Optional<String> version = VERSION.in(root).requiredString();
        Optional<Text> title = Values.text(TITLE.in(root), true);
        Cursor eff = EFFECTIVE.in(root);
        if (eff.required()) {
            Values.FROM.in(eff).required();
        }
        Optional<EffectivePeriod> effective = Values.period(eff);
        Optional<vn.smartvillage.rules.Area> area = AREA.in(root).present() ? AreaCodec.read(AREA.in(root)) : Optional.empty();
        String parentId = null;
        String parentVersion = null;
        Optional<String> ext = EXTENDS.in(root).string();
        if (ext.isPresent()) {
            String e = ext.get().trim();
            int at = e.indexOf('@');
            parentId = at < 0 ? e : e.substring(0, at);
            parentVersion = at < 0 ? null : e.substring(at + 1);
            if (!IdGrammar.RULE.matches(parentId) || (parentVersion != null && parentVersion.isBlank())) {
                EXTENDS.in(root).refuse("packFile.extends");
            }
        }
        if (d.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new PackDocument(fileName, tree, id.get(), version.get(), title.get(), effective.get(),
                area.orElse(null), parentId, parentVersion));
    }

    /** Returns the pack's id, as its {@code id} field gives it. */
    public String id() {
        return id;
    }

    /** Returns the pack's version, as its {@code version} field gives it. */
    public String version() {
        return version;
    }

    /** Returns the pack's title, in Vietnamese and English. */
    public Text title() {
        return title;
    }

    /** Returns when the pack is in force, from its {@code effective} field. */
    public EffectivePeriod effective() {
        return effective;
    }

    /** Returns the geography the document states with its {@code area} field, or empty if it states none. */
    public Optional<vn.smartvillage.rules.Area> area() {
        return Optional.ofNullable(area);
    }

    /** Returns the id of the pack this one extends, or empty if it has no {@code extends}. */
    public Optional<String> extendsId() {
        return Optional.ofNullable(parentId);
    }

    /**
     * Returns the version of the parent this one pins ({@code "extends": "id@version"}), or empty if it
     * extends the parent's version in force on its first day, or extends nothing.
     */
    public Optional<String> extendsVersion() {
        return Optional.ofNullable(parentVersion);
    }

    /** Returns the name of the file the document was read from, without its folder. */
    public String fileName() {
        return fileName;
    }

    /** Returns where the document's problems are: the pack's version and its file ({@code "id@version (file)"}), then a JSON pointer. */
    public Location where() {
        return Places.packVersion(id, version, fileName);
    }

    /** Returns the cursors on the document's test cases, reading into {@code diagnostics}; empty when it has none. */
    public List<Cursor> tests(Diagnostics diagnostics) {
        return TESTS.in(Cursor.root(body, diagnostics)).elements();
    }

    /** Returns {@code "id@version"}. */
    @Override
    public String toString() {
        return id + "@" + version;
    }

    Node body() {
        return body;
    }
}
