package vn.smartvillage.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.smartvillage.Text;

/**
 * Where a criterion or target of a resolved pack comes from: the pack that defined it and the packs
 * that changed it since, oldest first. Packs are named {@code "id@version"}.
 *
 * <p>A province pack that extends the national one and raises a threshold gives, for that criterion,
 * {@code definedIn = "vn.national@2022"} and one {@link Change} by {@code "vn.example-province@2023"}
 * from 25 % to 30 %, so that an explanation can say who set the threshold over whom.
 *
 * @param definedIn the pack that first defined the rule
 * @param changes   the changes made by packs that extend it, oldest first
 */
public record Origin(String definedIn, List<Change> changes) {

    /** How a pack changed an inherited rule. */
    public enum Kind {
        /** Only the threshold (and perhaps the citation) changed. */
        THRESHOLD,
        /** The whole rule was replaced. */
        REPLACED
    }

    /**
     * One change to an inherited rule.
     *
     * @param pack   the pack that made it, {@code "id@version"}
     * @param kind   what it changed
     * @param before the threshold before the change
     * @param after  the threshold after it
     */
    public record Change(String pack, Kind kind, Threshold before, Threshold after) {
        /** Checks that nothing is {@code null}. */
        public Change {
            Objects.requireNonNull(pack, "pack");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** Checks the parts and copies the list. */
    public Origin {
        Objects.requireNonNull(definedIn, "definedIn");
        changes = List.copyOf(changes);
    }

    /** Returns the origin of a rule defined in {@code pack} and never changed. */
    public static Origin definedIn(String pack) {
        return new Origin(pack, List.of());
    }

    /** Returns this origin with {@code change} added last. */
    public Origin with(Change change) {
        List<Change> all = new java.util.ArrayList<>(changes);
        all.add(Objects.requireNonNull(change, "change"));
        return new Origin(definedIn, all);
    }

    /** Returns the pack that set the rule's current form: the last to change it, or the one that defined it. */
    public String setBy() {
        return changes.isEmpty() ? definedIn : changes.get(changes.size() - 1).pack();
    }

    /** Returns the last change, if any. */
    public Optional<Change> lastChange() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }

    /**
     * Returns where the threshold comes from, in both languages: "threshold ≥ 30 % set by
     * vn.example-province@2023 over ≥ 25 % in vn.national@2022", or "threshold ≥ 25 % set by
     * vn.national@2022" for a rule never changed.
     */
    public Text describeThreshold(Threshold current) {
        Objects.requireNonNull(current, "current");
        Optional<Change> last = lastChange();
        if (last.isEmpty()) {
            return Text.of("ngưỡng " + current + " do " + definedIn + " quy định", "threshold " + current + " set by " + definedIn);
        }
        Change c = last.get();
        String previousPack = changes.size() > 1 ? changes.get(changes.size() - 2).pack() : definedIn;
        return Text.of("ngưỡng " + current + " do " + c.pack() + " quy định, thay cho " + c.before() + " của " + previousPack,
                "threshold " + current + " set by " + c.pack() + " over " + c.before() + " in " + previousPack);
    }
}
