package org.uptake.access;

import java.util.Map;
import java.util.Set;
import org.uptake.Fixtures;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.implementation.PhaseName;

/**
 * The implementation module's endpoints and test ids, kept apart so that module's routes are listed
 * in one place.
 */
final class ImplementationEndpoints {

  private ImplementationEndpoints() {}

  static void expect(Map<String, Set<Role>> expected, Set<Role> everyone, Set<Role> planners) {
    expected.put("GET /implementations", everyone);
    expected.put("GET /implementations/new", planners);
    expected.put("POST /implementations", planners);
    expected.put("GET /implementations/{id}", everyone);
    expected.put("GET /implementations/{id}/edit", planners);
    expected.put("POST /implementations/{id}", planners);
    expected.put("POST /implementations/{id}/units", planners);
    expected.put("GET /implementations/{id}/timeline", everyone);
    expected.put("GET /implementations/services/{id}/edit", planners);
    expected.put("POST /implementations/services/{id}", planners);
    expected.put("GET /implementations/{id}/units/{unitId}", everyone);
    expected.put("GET /implementations/{id}/units/{unitId}/phases/{phase}/edit", planners);
    expected.put("POST /implementations/{id}/units/{unitId}/phases/{phase}", planners);
    expected.put("POST /implementations/{id}/units/{unitId}/phases/{phase}/start", planners);
    expected.put("POST /implementations/{id}/units/{unitId}/phases/{phase}/finish", planners);
    expected.put("POST /implementations/{id}/units/{unitId}/owner", planners);
    expected.put("POST /implementations/{id}/units/{unitId}/criteria", planners);
    expected.put("POST /implementations/{id}/units/{unitId}/criteria/{criterionId}", planners);
    expected.put("GET /implementations/{id}/responsibilities", everyone);
    expected.put("GET /implementations/{id}/activities/new", planners);
    expected.put("POST /implementations/{id}/activities", planners);
    expected.put("GET /implementations/{id}/activities/{activityId}/edit", planners);
    expected.put("POST /implementations/{id}/activities/{activityId}", planners);
    expected.put("GET /implementations/{id}/decisions", everyone);
    expected.put("GET /implementations/{id}/decisions/new", planners);
    expected.put("POST /implementations/{id}/decisions", planners);
    expected.put("GET /implementations/{id}/decisions/{decisionId}/edit", planners);
    expected.put("POST /implementations/{id}/decisions/{decisionId}", planners);
    expected.put("GET /api/implementations", everyone);
    expected.put("GET /api/implementations/{id}", everyone);
  }

  static void params(Map<String, Map<String, String>> params) {
    params.put(
        "POST /implementations/{id}/units/{unitId}/criteria/{criterionId}", Map.of("met", "true"));
  }

  /**
   * A plan in the tenant; its first unit is the tenant's first unit, as {@code /units/} expects.
   */
  static void ids(ImplementationFixtures plans, Fixtures.Tenant tenant, Map<String, String> ids) {
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    ids.put("/implementations/", plan.id().toString());
    ids.put("/services/", plan.service().toString());
    ids.put("/phases/", PhaseName.PREPARE.name());
    ids.put("/criteria/", plan.criterion().toString());
    ids.put("/activities/", plan.activity().toString());
    ids.put("/decisions/", plan.decision().toString());
  }
}
