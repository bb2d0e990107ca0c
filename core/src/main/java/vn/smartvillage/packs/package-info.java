/**
 * Rule packs as data: reading packs written in JSON or YAML ({@link vn.smartvillage.packs.RulePackJson}),
 * finding them in jars ({@link vn.smartvillage.packs.RulePackProvider}), folders and strings, resolving
 * {@code extends} and versions by date ({@link vn.smartvillage.packs.RulePackRegistry}), and running a
 * pack's own test cases ({@link vn.smartvillage.packs.PackTests}). Loading a pack never runs code from it;
 * every problem is reported at once with its file and JSON pointer. {@code docs/rule-packs.md} is the guide.
 */
package vn.smartvillage.packs;
