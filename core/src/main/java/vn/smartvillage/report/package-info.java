/**
 * What people who act on results see: the gap planner and drill-down, progress over time, and reports in
 * JSON, CSV, Markdown and HTML, each with every verdict explained in Vietnamese and English (an
 * assessment explains its results itself: {@code Assessment.explain}).
 *
 * <p><b>API.</b> Every public type says how stable it is ({@code @API}: stable, or experimental where
 * marked; {@code docs/api.md}). Absence is an {@link java.util.Optional} return value: no public method,
 * constructor or record component of this package takes or returns {@code null}, and an absent input is an
 * overload or a builder's unset part.
 */
package vn.smartvillage.report;
