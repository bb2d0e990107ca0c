package vn.smartvillage.internal.format;

/**
 * A rule of a pack by its kind and id: the key of the inheritance machinery, where a criterion and a
 * certification may have the same id.
 *
 * @param kind what the rule is
 * @param id   its id
 */
record RuleKey(RuleElement kind, String id) {

    static RuleKey criterion(String id) {
        return new RuleKey(RuleElement.CRITERION, id);
    }

    static RuleKey target(String id) {
        return new RuleKey(RuleElement.TARGET, id);
    }

    static RuleKey certification(String id) {
        return new RuleKey(RuleElement.CERTIFICATION, id);
    }

    /** Returns {@code "criterion x"}. */
    @Override
    public String toString() {
        return kind.field() + " " + id;
    }
}
