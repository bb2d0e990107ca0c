/**
 * Administrative units (province, district, commune, village), their levels, organisations, and the
 * pillars and components of digital transformation.
 */
package vn.smartvillage.model;
