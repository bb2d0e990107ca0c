/**
 * Rule packs as data: reading packs written in JSON or YAML ({@link vn.smartvillage.packs.RulePackJson}),
 * finding them in jars ({@link vn.smartvillage.packs.RulePackProvider}), folders and strings, resolving
 * {@code extends} and versions by date ({@link vn.smartvillage.packs.RulePackRegistry}), with the test
 * cases each pack document carries, read and checked with it (run them with
 * {@link vn.smartvillage.packs.testing.PackTestReport#run}). Loading a pack never runs code from it; every problem is
 * reported at once with its file and JSON pointer. {@code docs/rule-packs.md} is the guide.
 */
package vn.smartvillage.packs;
