package vn.smartvillage.internal.format;

import java.util.Optional;

import vn.smartvillage.Text;
import vn.smartvillage.internal.json.Cursor;
import vn.smartvillage.internal.json.JsonOut;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Certification;
import vn.smartvillage.rules.Citation;
import vn.smartvillage.rules.Requirement;

/** A certification: {@code {id, name, level, requirement, citation}}. */
final class CertificationCodec {

    static final Field ID = Field.required("id");
    static final Field NAME = Field.required("name");
    static final Field LEVEL = Field.required("level");
    static final Field REQUIREMENT = Field.required("requirement");
    static final Field CITATION = Field.required("citation");
    static final Shape SHAPE = Shape.of("certification", "/$defs/certification", ID, NAME, LEVEL, REQUIREMENT, CITATION);

    private CertificationCodec() {
    }

    /** Reads a certification. */
    static Optional<Certification> read(Cursor c, Scope scope) {
        if (!c.required() || !c.object(SHAPE.names())) {
            return Optional.empty();
        }
        int before = c.diagnostics().size();
        Optional<String> id = Values.ruleId(ID.in(c));
        Optional<Text> name = Values.text(NAME.in(c), true);
        Optional<AdminLevel> level = Values.level(LEVEL.in(c), false);
        Optional<Requirement> requirement = REQUIREMENT.in(c).required() ? RequirementCodec.read(REQUIREMENT.in(c)) : Optional.empty();
        Optional<Citation> citation = CITATION.in(c).required() ? CitationCodec.read(CITATION.in(c), scope) : Optional.empty();
        if (c.diagnostics().size() != before) {
            return Optional.empty();
        }
        return Values.build(c, () -> new Certification(id.get(), name.get(), level.get(), requirement.get(), citation.get()));
    }

    /** Writes a certification, its citation as an object. */
    static JsonOut.Obj write(Certification c) {
        JsonOut.Obj o = JsonOut.object();
        o.put(ID.name(), c.id());
        o.set(NAME.name(), Values.text(c.name()));
        o.put(LEVEL.name(), Cursor.enumName(c.level()));
        o.set(REQUIREMENT.name(), RequirementCodec.write(c.requirement()));
        o.set(CITATION.name(), CitationCodec.write(c.citation()));
        return o;
    }
}
