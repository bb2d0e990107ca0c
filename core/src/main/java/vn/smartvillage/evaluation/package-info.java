/**
 * Evaluation: the {@link vn.smartvillage.evaluation.Evaluator} and the immutable
 * {@link vn.smartvillage.evaluation.Assessment} it returns, with statuses, exact values, least gaps,
 * progress, certifications and roll-ups.
 */
package vn.smartvillage.evaluation;
