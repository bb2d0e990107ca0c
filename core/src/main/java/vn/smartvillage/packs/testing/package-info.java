/**
 * A rule pack's own test cases and their runner: a case is a dataset, a date and the results expected
 * ({@link vn.smartvillage.packs.testing.PackTestCase}, {@link vn.smartvillage.packs.testing.Expectation});
 * {@link vn.smartvillage.packs.testing.PackTestReport#run} evaluates each case and reports every difference
 * between what it expected and what the pack gives.
 *
 * <p>The cases of a pack document are read and checked with it, when its registry is built, and kept in
 * the registry's entry: the pack format depends on this package, never the other way round. The runner
 * needs only a pack and its cases, so it runs cases made in Java too.
 *
 * <p><b>API.</b> Every public type says how stable it is ({@code @API}: experimental, like all of this
 * package; {@code docs/api.md}). Absence is an {@link java.util.Optional} return value: no public method,
 * constructor or record component of this package takes or returns {@code null}, and an absent input is an
 * overload or a builder's unset part.
 */
package vn.smartvillage.packs.testing;
