/**
 * Datasets: units, the values they carry and their household records, validated as a whole when
 * built. Household facts are stored in columns, one per metric, and read one fact at a time
 * ({@link vn.smartvillage.data.Dataset#household}).
 *
 * <p><b>API.</b> Every public type says how stable it is ({@code @API}: stable, or experimental where
 * marked; {@code docs/api.md}). Absence is an {@link java.util.Optional} return value: no public method,
 * constructor or record component of this package takes or returns {@code null}, and an absent input is an
 * overload or a builder's unset part.
 */
package vn.smartvillage.data;
