/**
 * Vietnam's digital-transformation criteria for new rural areas: the legal documents they come from
 * and, as the packs are encoded, the rule packs themselves.
 */
module vn.smartvillage.criteria.vn {
    requires transitive vn.smartvillage.core;

    exports vn.smartvillage.criteria.vn;
}
