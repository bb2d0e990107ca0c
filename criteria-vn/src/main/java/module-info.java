/**
 * Vietnam's digital-transformation criteria for new rural areas: the legal documents they come from,
 * the rule packs that encode them (found through {@link vn.smartvillage.packs.RulePackProvider}), sample
 * datasets built from the seed articles, and the generated catalog.
 */
module vn.smartvillage.criteria.vn {
    requires transitive vn.smartvillage.core;
    requires static org.apiguardian.api;

    exports vn.smartvillage.criteria.vn;

    provides vn.smartvillage.packs.RulePackProvider with vn.smartvillage.criteria.vn.VietnamPacks;
}
