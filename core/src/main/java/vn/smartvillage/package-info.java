/**
 * The values every part of smartvillage shares: bilingual {@link vn.smartvillage.Text}, exact
 * {@link vn.smartvillage.Fraction}s, and {@link vn.smartvillage.SmartVillageException}, the root of
 * every exception thrown for bad input, which lists every {@link vn.smartvillage.Problem} at once.
 */
package vn.smartvillage;
