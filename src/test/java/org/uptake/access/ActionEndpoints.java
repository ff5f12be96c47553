package org.uptake.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.uptake.Fixtures;
import org.uptake.determinant.ActionFixtures;
import org.uptake.implementation.ImplementationId;

/**
 * The endpoints of the strategy catalogue, the action plan and the risk register, with their test
 * ids. An action's status may be moved by leads, admins and its owner (the champion here).
 */
final class ActionEndpoints {

  static final Set<Role> READERS =
      EnumSet.of(Role.ADMIN, Role.LEAD, Role.MANAGER, Role.RESEARCHER, Role.CHAMPION);
  static final Set<Role> PLANNERS = EnumSet.of(Role.ADMIN, Role.LEAD);

  private ActionEndpoints() {}

  static void expect(Map<String, Set<Role>> expected, Set<Role> everyone) {
    expected.put("GET /frameworks/strategies", everyone);
    expected.put("GET /implementations/{id}/determinants/{determinantId}/strategies", READERS);
    expected.put("GET /implementations/{id}/actions", READERS);
    expected.put("GET /implementations/{id}/actions/print", READERS);
    expected.put("GET /implementations/{id}/actions/new", PLANNERS);
    expected.put("POST /implementations/{id}/actions", PLANNERS);
    expected.put(
        "POST /implementations/{id}/actions/{actionId}/status",
        EnumSet.of(Role.ADMIN, Role.LEAD, Role.CHAMPION));
    expected.put("POST /implementations/{id}/actions/{actionId}/owner", PLANNERS);
    expected.put("GET /api/implementations/{id}/actions", READERS);
    expected.put("GET /implementations/{id}/risks", READERS);
    expected.put("GET /api/implementations/{id}/risks", READERS);
    expected.put("POST /implementations/{id}/risks", PLANNERS);
    expected.put("POST /implementations/{id}/risks/{riskId}/status", PLANNERS);
    expected.put("POST /implementations/{id}/risks/{riskId}/mitigations", PLANNERS);
    expected.put("GET /implementations/{id}/risks/{riskId}/edit", PLANNERS);
    expected.put("POST /implementations/{id}/risks/{riskId}", PLANNERS);
    expected.put("GET /implementations/{id}/risks/{riskId}/delete", PLANNERS);
    // last of the risk's endpoints: the first role allowed deletes it (the others then get 404)
    expected.put("POST /implementations/{id}/risks/{riskId}/delete", PLANNERS);
  }

  static void params(Map<String, Map<String, String>> params) {
    params.put("POST /implementations/{id}/actions/{actionId}/status", Map.of("change", "START"));
    params.put("POST /implementations/{id}/risks/{riskId}/status", Map.of("status", "OPEN"));
    // Nobody has this account: the action keeps its owner and the page says why.
    params.put(
        "POST /implementations/{id}/actions/{actionId}/owner",
        Map.of("owner", "00000000-0000-0000-0000-000000000001"));
    params.put(
        "POST /implementations/{id}/risks/{riskId}/mitigations", Map.of("title", "Bigger font"));
    params.put(
        "POST /implementations/{id}/risks/{riskId}",
        Map.of("description", "Small print", "affects", "AGE", "likelihood", "2", "impact", "3"));
  }

  static void ids(
      ActionFixtures actions,
      Fixtures.Tenant tenant,
      ImplementationId implementation,
      Map<String, String> ids) {
    ActionFixtures.Made made = actions.make(tenant, implementation);
    ids.put("/determinants/", made.barrier().toString());
    ids.put("/actions/", made.action().toString());
    ids.put("/risks/", made.risk().toString());
  }
}
