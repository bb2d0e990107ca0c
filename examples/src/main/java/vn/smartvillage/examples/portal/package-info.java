/**
 * "Another system" for {@code docs/testing.md}: a province portal's hand-written certification logic,
 * which its test suite checks against the official pack with the testkit.
 */
package vn.smartvillage.examples.portal;
