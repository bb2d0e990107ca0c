package vn.smartvillage.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import vn.smartvillage.Text;
import vn.smartvillage.model.AdminLevel;
import vn.smartvillage.rules.Requirement;
import vn.smartvillage.rules.RulePack;

/**
 * A certification's requirement in words, in both languages: a tree of "all of:", "at least 2 of:", each
 * criterion and certification by its name (its id only when the pack does not know it), never a record dump.
 */
final class RequirementWords {

    private final Function<String, Optional<Text>> criterionName;
    private final Function<String, Optional<Text>> certificationName;

    RequirementWords(Function<String, Optional<Text>> criterionName, Function<String, Optional<Text>> certificationName) {
        this.criterionName = criterionName;
        this.certificationName = certificationName;
    }

    /** The words for the rules of {@code pack}. */
    static RequirementWords of(RulePack pack) {
        return new RequirementWords(id -> pack.criterion(id).map(c -> c.name()), id -> pack.certification(id).map(c -> c.name()));
    }

    /** The requirement as indented lines, one per part: a group's line, then its parts two spaces further in. */
    List<Text> tree(Requirement r) {
        List<Text> out = new ArrayList<>();
        tree(r, "", out);
        return out;
    }

    private void tree(Requirement r, String pad, List<Text> out) {
        r.match(new Requirement.Cases<Void>() {
            @Override
            public Void allOf(List<Requirement> all) {
                return group(CliText.text("requirement.allOf"), all);
            }

            @Override
            public Void anyOf(List<Requirement> any) {
                return group(CliText.text("requirement.anyOf"), any);
            }

            @Override
            public Void atLeast(int n, List<Requirement> options) {
                return group(CliText.text("requirement.atLeast", "count", n), options);
            }

            @Override
            public Void meets(String criterionId) {
                out.add(indent(pad, leaf(r)));
                return null;
            }

            @Override
            public Void childrenCertified(int count, AdminLevel level, String certificationId) {
                out.add(indent(pad, leaf(r)));
                return null;
            }

            private Void group(Text head, List<Requirement> parts) {
                out.add(indent(pad, head));
                parts.forEach(p -> tree(p, pad + "  ", out));
                return null;
            }
        });
    }

    /** The requirement on one line: a group's parts after its words, separated by "; ". */
    Text inline(Requirement r) {
        return r.match(new Requirement.Cases<Text>() {
            @Override
            public Text allOf(List<Requirement> all) {
                return group(CliText.text("requirement.allOf"), all);
            }

            @Override
            public Text anyOf(List<Requirement> any) {
                return group(CliText.text("requirement.anyOf"), any);
            }

            @Override
            public Text atLeast(int n, List<Requirement> options) {
                return group(CliText.text("requirement.atLeast", "count", n), options);
            }

            @Override
            public Text meets(String criterionId) {
                return leaf(r);
            }

            @Override
            public Text childrenCertified(int count, AdminLevel level, String certificationId) {
                return leaf(r);
            }

            private Text group(Text head, List<Requirement> parts) {
                StringBuilder vi = new StringBuilder("(" + head.vi());
                StringBuilder en = new StringBuilder("(" + head.en());
                String sep = " ";
                for (Requirement p : parts) {
                    Text t = inline(p);
                    vi.append(sep).append(t.vi());
                    en.append(sep).append(t.en());
                    sep = "; ";
                }
                return Text.of(vi.append(')').toString(), en.append(')').toString());
            }
        });
    }

    private Text leaf(Requirement r) {
        return r.match(new Requirement.Cases<Text>() {
            @Override
            public Text allOf(List<Requirement> all) {
                return inline(r);
            }

            @Override
            public Text anyOf(List<Requirement> any) {
                return inline(r);
            }

            @Override
            public Text atLeast(int n, List<Requirement> options) {
                return inline(r);
            }

            @Override
            public Text meets(String criterionId) {
                return CliText.text("requirement.meets", "criterion", criterionName.apply(criterionId).orElse(Text.of(criterionId, criterionId)));
            }

            @Override
            public Text childrenCertified(int count, AdminLevel level, String certificationId) {
                return CliText.text("requirement.children", "count", count, "level", level.label(),
                        "certification", certificationName.apply(certificationId).orElse(Text.of(certificationId, certificationId)));
            }
        });
    }

    private static Text indent(String pad, Text t) {
        return Text.of(pad + t.vi(), pad + t.en());
    }
}
