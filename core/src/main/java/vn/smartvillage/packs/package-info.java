/**
 * Rule packs as data: reading packs written in JSON or YAML ({@link vn.smartvillage.packs.RulePackJson}),
 * finding them in jars ({@link vn.smartvillage.packs.RulePackProvider}), folders and strings, resolving
 * {@code extends} and versions by date ({@link vn.smartvillage.packs.RulePackRegistry}), with the test
 * cases each pack document carries, read and checked with it (run them with
 * {@link vn.smartvillage.packs.testing.PackTestReport#run}). Loading a pack never runs code from it; every
 * problem is reported at once with its file and JSON pointer. {@code docs/rule-packs.md} is the guide.
 *
 * <p><b>API.</b> Every public type says how stable it is ({@code @API}: stable, or experimental where
 * marked; {@code docs/api.md}). Absence is an {@link java.util.Optional} return value: no public method,
 * constructor or record component of this package takes or returns {@code null}, and an absent input is an
 * overload or a builder's unset part.
 * The one {@code null} the package accepts is from the resource reader a provider passes to
 * {@link vn.smartvillage.packs.PackSource#resource}, which is the JDK's {@code Class.getResourceAsStream}.
 */
package vn.smartvillage.packs;
