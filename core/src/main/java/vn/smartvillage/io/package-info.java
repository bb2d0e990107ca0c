/**
 * Datasets in and out: the JSON dataset format ({@link vn.smartvillage.io.DatasetJson}) and the import
 * of the CSV tables provinces keep ({@link vn.smartvillage.io.DatasetCsv}). See {@code docs/datasets.md}.
 */
package vn.smartvillage.io;
