package vn.smartvillage.packs;

import java.util.Optional;
import java.util.Set;

import vn.smartvillage.Text;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.Diagnostics;
import vn.smartvillage.internal.json.Node;
import vn.smartvillage.rules.EffectivePeriod;

/**
 * A rule-pack document as read, before its {@code extends} is resolved: its header (id, version, title,
 * dates, parent) and its body, kept for the registry to resolve.
 *
 * <p>Instances are immutable; the body is never exposed.
 */
public final class PackDocument {

    /** The fields a pack document may have at its root. */
    static final Set<String> ROOT_FIELDS = Set.of("$schema", "format", "id", "version", "title", "effective", "extends",
            "citations", "metrics", "criteria", "certifications", "targets", "overrides", "tests");

    private final PackSource source;
    private final Node body;
    private final String id;
    private final String version;
    private final Text title;
    private final EffectivePeriod effective;
    private final String parentId;
    private final String parentVersion;

    private PackDocument(PackSource source, Node body, String id, String version, Text title, EffectivePeriod effective,
            String parentId, String parentVersion) {
        this.source = source;
        this.body = body;
        this.id = id;
        this.version = version;
        this.title = title;
        this.effective = effective;
        this.parentId = parentId;
        this.parentVersion = parentVersion;
    }

    /** Reads the header of the tree at {@code root}; shape problems go to its diagnostics. */
    static Optional<PackDocument> read(PackSource source, Node tree, Cursor root) {
        Diagnostics d = root.diagnostics();
        // Counted before the root's fields are checked: an unknown field at the root ("overides") is a
        // problem like any other, never silently dropped.
        int before = d.size();
        if (!root.required() || !root.object(ROOT_FIELDS)) {
            return Optional.empty();
        }
        // "$schema" is for editors; read as a string like any other field, so that nothing is carried unread.
        root.get("$schema").string();
        Cursor format = root.get("format");
        if (format.present() && !format.integer(1, Long.MAX_VALUE).map(v -> v == RulePackJson.FORMAT).orElse(true)) {
            format.problem("thư viện này đọc định dạng " + RulePackJson.FORMAT + "; hãy dùng bản thư viện mới hơn hoặc viết lại gói",
                    "this library reads format " + RulePackJson.FORMAT + "; use a newer library or rewrite the pack");
        }
        Optional<String> id = root.get("id").requiredString();
        id.filter(s -> !PackReader.ID.matcher(s).matches()).ifPresent(s -> root.get("id").problem(
                "mã gói chỉ gồm chữ thường, chữ số và . _ -, tối đa 100 ký tự",
                "a pack id is 1 to 100 lower-case letters, digits and . _ -"));
        Optional<String> version = root.get("version").requiredString();
        Optional<Text> title = PackReader.text(root.get("title"), true);
        Cursor eff = root.get("effective");
        if (eff.required()) {
            eff.get("from").required();
        }
        Optional<EffectivePeriod> effective = PackReader.period(eff);
        String parentId = null;
        String parentVersion = null;
        Optional<String> ext = root.get("extends").string();
        if (ext.isPresent()) {
            String e = ext.get().trim();
            int at = e.indexOf('@');
            parentId = at < 0 ? e : e.substring(0, at);
            parentVersion = at < 0 ? null : e.substring(at + 1);
            if (!PackReader.ID.matcher(parentId).matches() || (parentVersion != null && parentVersion.isBlank())) {
                root.get("extends").problem("phải có dạng 'mã-gói' hoặc 'mã-gói@phiên-bản'", "must be 'pack-id' or 'pack-id@version'");
            }
        }
        if (d.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new PackDocument(source, tree, id.get(), version.get(), title.get(), effective.get(),
                parentId, parentVersion));
    }

    /** {@return the pack's id, as its {@code id} field gives it} */
    public String id() {
        return id;
    }

    /** {@return the pack's version, as its {@code version} field gives it} */
    public String version() {
        return version;
    }

    /** {@return the pack's title, in Vietnamese and English} */
    public Text title() {
        return title;
    }

    /** {@return when the pack is in force, from its {@code effective} field} */
    public EffectivePeriod effective() {
        return effective;
    }

    /** {@return the id of the pack this one extends, or empty if it has no {@code extends}} */
    public Optional<String> extendsId() {
        return Optional.ofNullable(parentId);
    }

    /**
     * {@return the version of the parent this one pins ({@code "extends": "id@version"}), or empty if it
     * extends the parent's version in force on its first day, or extends nothing}
     */
    public Optional<String> extendsVersion() {
        return Optional.ofNullable(parentVersion);
    }

    /** {@return where the document was read from} */
    public PackSource source() {
        return source;
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
