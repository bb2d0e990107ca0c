/**
 * Vietnam's digital-transformation criteria for new rural areas: the legal documents they come from,
 * the rule packs that encode them (found through {@link vn.smartvillage.packs.RulePackProvider}), sample
 * datasets built from the seed articles, the generated catalog, and the official administrative units
 * with their codes ({@link vn.smartvillage.criteria.vn.VietnamUnits}).
 */
module vn.smartvillage.criteria.vn {
    requires transitive vn.smartvillage.core;
    requires static org.apiguardian.api;

    exports vn.smartvillage.criteria.vn;

    provides vn.smartvillage.packs.RulePackProvider with vn.smartvillage.criteria.vn.VietnamPacks;
}
