/**
 * Vietnam's legal documents on digital transformation in building new rural areas, as
 * {@link vn.smartvillage.rules.Citation}s that rule packs cite.
 */
package vn.smartvillage.criteria.vn;
