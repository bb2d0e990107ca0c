/**
 * The door to the evaluation's result constructors, which are not public, for the library's own code that
 * makes results without evaluating (the JSON report's reader). Not exported.
 */
package vn.smartvillage.internal.results;
