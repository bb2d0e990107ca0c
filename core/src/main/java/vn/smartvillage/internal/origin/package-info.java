/**
 * Internal: what the loaders tell a dataset's builder about where its facts were read, which the public
 * API does not offer. The data package gives it ({@link vn.smartvillage.internal.origin.Origins#register});
 * the loaders use it. Not exported; may change in any release.
 */
package vn.smartvillage.internal.origin;
