/**
 * Rule packs: criteria (a measure, an exact threshold, a citation), certifications (a requirement tree
 * over criteria) and plan targets.
 *
 * <p><b>API.</b> Every public type says how stable it is ({@code @API}: stable, or experimental where
 * marked; {@code docs/api.md}). Absence is an {@link java.util.Optional} return value: no public method,
 * constructor or record component of this package takes or returns {@code null}, and an absent input is an
 * overload or a builder's unset part.
 */
package vn.smartvillage.rules;
