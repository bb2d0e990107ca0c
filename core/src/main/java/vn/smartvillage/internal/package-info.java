/** Implementation helpers; not exported, not part of the API. */
package vn.smartvillage.internal;
