/**
 * Rule packs: criteria (a measure, an exact threshold, a citation), certifications (a requirement tree
 * over criteria) and plan targets.
 */
package vn.smartvillage.rules;
