package org.uptake.access;

import java.util.Map;
import java.util.Set;
import org.uptake.Fixtures;

/**
 * The implementation module's endpoints and test ids, kept apart so that module's routes are listed
 * in one place.
 */
final class ImplementationEndpoints {

  private ImplementationEndpoints() {}

  static void expect(Map<String, Set<Role>> expected, Set<Role> everyone, Set<Role> planners) {}

  static void params(Map<String, Map<String, String>> params) {}

  static void ids(Fixtures fixtures, Fixtures.Tenant tenant, Map<String, String> ids) {}
}
