/**
 * The values every part of smartvillage shares: bilingual {@link vn.smartvillage.Text}, exact
 * {@link vn.smartvillage.Fraction}s, the sealed {@link vn.smartvillage.Location} of a problem, and
 * {@link vn.smartvillage.SmartVillageException}, the one exception thrown for input that cannot be used,
 * which lists every {@link vn.smartvillage.Problem} at once.
 *
 * <p><b>API.</b> Every public type says how stable it is ({@code @API}: stable, or experimental where
 * marked; {@code docs/api.md}). Absence is an {@link java.util.Optional} return value: no public method,
 * constructor or record component of this package takes or returns {@code null}, and an absent input is an
 * overload or a builder's unset part.
 */
package vn.smartvillage;
