/**
 * Typed metrics: the facts criteria measure, how household facts aggregate into their village and
 * counts into their parents, and the well-known metrics in {@link vn.smartvillage.metric.Metrics}.
 */
package vn.smartvillage.metric;
