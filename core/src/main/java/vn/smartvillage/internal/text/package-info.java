/**
 * Internal: the message catalogs in Vietnamese and English, with named placeholders and numbers and
 * dates written per language. Not exported; may change in any release.
 */
package vn.smartvillage.internal.text;
