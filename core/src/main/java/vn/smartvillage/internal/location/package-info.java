/**
 * Internal: the factories of {@link vn.smartvillage.Location}s, one per kind of place, for the library's
 * loaders and checks; a location's constructor is not public, so that users read locations and never make
 * them. The root package opens the door to it ({@code internal.LocationDoor}). Not exported; may change in
 * any release.
 */
package vn.smartvillage.internal.location;
