/** The rule-pack format: the one description of its documents, read and written. Not exported. */
package vn.smartvillage.internal.format;
