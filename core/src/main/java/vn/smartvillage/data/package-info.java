/**
 * Datasets: units, the values they carry and their household records, validated as a whole when
 * built. Household facts are stored in columns behind {@link vn.smartvillage.data.Households}.
 */
package vn.smartvillage.data;
