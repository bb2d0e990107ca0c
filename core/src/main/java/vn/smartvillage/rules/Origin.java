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

    /**
     * One change to an inherited rule: a new threshold (and perhaps citation), or the whole rule replaced.
     * Made by {@link #threshold} or {@link #replacement}; two changes are equal when all their parts are.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Change {
        private final String pack;
        private final boolean replacement;
        private final Threshold before;
        private final Threshold after;

        private Change(String pack, boolean replacement, Threshold before, Threshold after) {
            this.pack = Objects.requireNonNull(pack, "pack");
            this.replacement = replacement;
            this.before = Objects.requireNonNull(before, "before");
            this.after = Objects.requireNonNull(after, "after");
        }

        /**
         * {@return a change of the threshold only (and perhaps of the citation)}
         *
         * @param pack   the pack that made the change, as {@code "id@version"}; not null
         * @param before the threshold the rule had before the change, not null
         * @param after  the threshold it has after the change, not null
         */
        public static Change threshold(String pack, Threshold before, Threshold after) {
            return new Change(pack, false, before, after);
        }

        /**
         * {@return a change that replaced the whole rule}
         *
         * @param pack   the pack that made the change, as {@code "id@version"}; not null
         * @param before the threshold the rule had before the change, not null
         * @param after  the threshold the new rule has, not null
         */
        public static Change replacement(String pack, Threshold before, Threshold after) {
            return new Change(pack, true, before, after);
        }

        /** {@return the pack that made the change, as {@code "id@version"}} */
        public String pack() {
            return pack;
        }

        /** {@return {@code true} if the whole rule was replaced, {@code false} if only its threshold (and perhaps citation) changed} */
        public boolean isReplacement() {
            return replacement;
        }

        /** {@return the threshold before the change} */
        public Threshold before() {
            return before;
        }

        /** {@return the threshold after the change} */
        public Threshold after() {
            return after;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Change c && pack.equals(c.pack) && replacement == c.replacement && before.equals(c.before)
                    && after.equals(c.after);
        }

        @Override
        public int hashCode() {
            return Objects.hash(pack, replacement, before, after);
        }

        /** Returns the parts, such as {@code "Change[pack=b@1, replacement=false, before=≥ 25 %, after=≥ 30 %]"}. */
        @Override
        public String toString() {
            return "Change[pack=" + pack + ", replacement=" + replacement + ", before=" + before + ", after=" + after + "]";
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
