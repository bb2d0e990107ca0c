/**
 * Vietnam's legal documents on digital transformation in building new rural areas, as
 * {@link vn.smartvillage.rules.Citation}s that rule packs cite.
 *
 * <p><b>API.</b> Every public type says how stable it is ({@code @API}, {@code docs/api.md}): stable,
 * but for the catalog writer, which this module's build uses and others should not. Absence is an
 * {@link java.util.Optional} return value; nothing here takes or returns {@code null}.
 */
package vn.smartvillage.criteria.vn;
