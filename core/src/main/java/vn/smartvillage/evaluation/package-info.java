/**
 * Evaluation: the {@link vn.smartvillage.evaluation.Evaluator} and the immutable
 * {@link vn.smartvillage.evaluation.Assessment} it returns, with statuses, exact values, least gaps,
 * progress, certifications and roll-ups.
 *
 * <p><b>API.</b> Every public type says how stable it is ({@code @API}: stable, or experimental where
 * marked; {@code docs/api.md}). Absence is an {@link java.util.Optional} return value: no public method,
 * constructor or record component of this package takes or returns {@code null}, and an absent input is an
 * overload or a builder's unset part.
 */
package vn.smartvillage.evaluation;
