/**
 * For the test suites of other systems that must prove their certification logic matches the official
 * rules: {@link vn.smartvillage.testkit.TestData} (datasets in a few lines),
 * {@link vn.smartvillage.testkit.SmartVillageAssertions} (AssertJ assertions whose failures explain),
 * {@link vn.smartvillage.testkit.SmartVillageArbitraries} (jqwik datasets of every shape and around a
 * threshold), {@link vn.smartvillage.testkit.PackCases} (a pack's own cases as JUnit tests) and
 * {@link vn.smartvillage.testkit.RulePackProviderContract} (what every pack provider should keep).
 * JUnit, jqwik and AssertJ are provided by the user's build. {@code docs/testing.md} is the guide.
 *
 * <p><b>API.</b> Every public type says how stable it is ({@code @API}, {@code docs/api.md}): stable,
 * but for {@link vn.smartvillage.testkit.PackCases}, experimental like the pack tests it runs.
 */
package vn.smartvillage.testkit;
