/**
 * What the library's own code reads of the kinds of measure and requirement, through their visitors, in one
 * place (the evaluation's explanations, the reports, the JSON report's reader). Not exported.
 */
package vn.smartvillage.internal.rules;
