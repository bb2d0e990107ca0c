/**
 * Runnable examples, each run by a test: evaluate a village ({@link vn.smartvillage.examples.EvaluateVillage},
 * the main job), a commune with household records, a province plan's progress with a drill-down, a
 * province pack extending the national one, the Vietnamese packs on a sample, reports, and a pack's
 * test cases.
 */
package vn.smartvillage.examples;
