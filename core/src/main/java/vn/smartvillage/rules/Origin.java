package vn.smartvillage.rules;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apiguardian.api.API;

import vn.smartvillage.Text;
import vn.smartvillage.internal.text.Messages;

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
@API(status = STABLE, since = "0.1")
public record Origin(String definedIn, List<Change> changes) {

    /** How a pack changed an inherited rule. */
    @API(status = STABLE, since = "0.1")
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
    @API(status = STABLE, since = "0.1")
    public record Change(String pack, Kind kind, Threshold before, Threshold after) {
        /**
         * Checks that nothing is {@code null}.
         *
         * @param pack   the pack that made the change, as {@code "id@version"}; not null
         * @param kind   whether only the threshold changed or the whole rule was replaced; not null
         * @param before the threshold the rule had before the change, not null
         * @param after  the threshold it has after the change, not null
         */
        public Change {
            Objects.requireNonNull(pack, "pack");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /**
     * Checks the parts and copies the list.
     *
     * @param definedIn the pack that first defined the rule, as {@code "id@version"}; not null
     * @param changes   the changes made by packs that extend it, oldest first; not null, empty for a rule
     *                  never changed
     */
    public Origin {
        Objects.requireNonNull(definedIn, "definedIn");
        changes = List.copyOf(changes);
    }

    /**
     * {@return the origin of a rule defined in {@code pack} and never changed}
     *
     * @param pack the pack that defined the rule, as {@code "id@version"}; not null
     */
    public static Origin definedIn(String pack) {
        return new Origin(pack, List.of());
    }

    /**
     * {@return this origin with {@code change} added last} This origin is not changed.
     *
     * @param change the change made by the nearest pack that changed the rule, not null
     */
    public Origin withChange(Change change) {
        List<Change> all = new java.util.ArrayList<>(changes);
        all.add(Objects.requireNonNull(change, "change"));
        return new Origin(definedIn, all);
    }

    /** {@return the pack that set the rule's current form: the last to change it, or the one that defined it} */
    public String setBy() {
        return changes.isEmpty() ? definedIn : changes.get(changes.size() - 1).pack();
    }

    /** {@return the last change, or empty for a rule never changed} */
    public Optional<Change> lastChange() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(changes.size() - 1));
    }

    /**
     * {@return where the threshold comes from, in both languages} For example "threshold ≥ 30 % set by
     * vn.example-province@2023 over ≥ 25 % in vn.national@2022", or "threshold ≥ 25 % set by
     * vn.national@2022" for a rule never changed.
     *
     * @param current the rule's threshold in the resolved pack, not null
     */
    public Text describeThreshold(Threshold current) {
        Objects.requireNonNull(current, "current");
        Optional<Change> last = lastChange();
        if (last.isEmpty()) {
            return Messages.text("origin.threshold", "threshold", String.valueOf(current), "pack", definedIn);
        }
        Change c = last.get();
        String previousPack = changes.size() > 1 ? changes.get(changes.size() - 2).pack() : definedIn;
        return Messages.text("origin.threshold.changed", "threshold", String.valueOf(current), "pack", c.pack(),
                "before", String.valueOf(c.before()), "previous", previousPack);
    }
}
