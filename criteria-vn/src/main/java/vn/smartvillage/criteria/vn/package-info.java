/**
 * Vietnam's legal documents on digital transformation in building new rural areas, as
 * {@link vn.smartvillage.rules.Citation}s that rule packs cite, and Vietnam's official administrative
 * units with their codes and the 1 July 2025 succession ({@link vn.smartvillage.criteria.vn.VietnamUnits}).
 *
 * <p><b>API.</b> Every public type says how stable it is ({@code @API}, {@code docs/api.md}): stable,
 * but for the official units ({@code VietnamUnits}, {@code OfficialUnit}, {@code Succession}), which are
 * experimental, and the catalog writer, which this module's build uses and others should not. Absence is an
 * {@link java.util.Optional} return value; nothing here takes or returns {@code null}.
 */
package vn.smartvillage.criteria.vn;
