/**
 * Internal: strict JSON and YAML reading with limits, a cursor that records every problem at its JSON
 * pointer, and the canonical writer. Not exported; may change in any release.
 */
package vn.smartvillage.internal.json;
