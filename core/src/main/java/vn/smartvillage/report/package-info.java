/**
 * What people who act on results see: explanations of every verdict in Vietnamese and English, the gap
 * planner and drill-down, progress over time, and reports in JSON, CSV, Markdown and HTML.
 */
package vn.smartvillage.report;
