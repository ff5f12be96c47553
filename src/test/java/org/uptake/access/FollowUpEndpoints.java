package org.uptake.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.uptake.Fixtures;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlans;
import org.uptake.usage.FollowUp;
import org.uptake.usage.FollowUpFilter;
import org.uptake.usage.FollowUps;

/**
 * The follow-ups of lapsed users: the page and the counts for admins, leads, managers and
 * champions; N and "check now" for admins and leads; outcomes only for champions and managers (and
 * of those, only of their own units: for the rest a follow-up is not found).
 */
final class FollowUpEndpoints {

  private static final String API_OUTCOME = "POST /api/follow-ups/{id}/outcome";

  private FollowUpEndpoints() {}

  static void expect(Map<String, Set<Role>> expected) {
    Set<Role> readers = EnumSet.of(Role.ADMIN, Role.LEAD, Role.MANAGER, Role.CHAMPION);
    Set<Role> planners = EnumSet.of(Role.ADMIN, Role.LEAD);
    Set<Role> visitors = EnumSet.of(Role.MANAGER, Role.CHAMPION);
    expected.put("GET /implementations/{id}/follow-ups", readers);
    expected.put("POST /implementations/{id}/follow-ups/settings", planners);
    expected.put("POST /implementations/{id}/follow-ups/check", planners);
    expected.put("POST /follow-ups/{id}/outcome", visitors);
    expected.put("GET /api/implementations/{id}/follow-ups", readers);
    expected.put(API_OUTCOME, visitors);
  }

  static void params(Map<String, Map<String, String>> params) {
    params.put(
        "POST /implementations/{id}/follow-ups/settings",
        Map.of("neverStartedDays", "14", "stoppedDays", "14"));
    params.put("POST /follow-ups/{id}/outcome", Map.of("outcome", "LEARNED"));
  }

  /**
   * The second unit of the rollout in {@code ids} went live 30 days ago and its physician never
   * used the service: the check opens one follow-up, for the unit's champion (the tenant's champion
   * is named for it here).
   */
  static void ids(
      Fixtures fixtures,
      UnitPlans plans,
      org.uptake.champion.Champions champions,
      FollowUps followUps,
      Fixtures.Tenant tenant,
      Map<String, String> ids) {
    ImplementationId implementation =
        new ImplementationId(UUID.fromString(ids.get("/implementations/")));
    var clinic = tenant.units().get(1);
    fixtures.as(
        tenant,
        Role.LEAD,
        () -> {
          plans.startPhase(implementation, clinic, PhaseName.GO_LIVE, plans.today().minusDays(30));
          champions.assign(
              new org.uptake.champion.NewChampionAssignment(
                  clinic,
                  tenant.accounts().get(Role.CHAMPION),
                  Set.of("champion.peer-supporter"),
                  null,
                  plans.today()));
          followUps.checkNow(implementation);
        });
    FollowUp followUp =
        fixtures.as(
            tenant,
            Role.CHAMPION,
            () -> followUps.list(implementation, FollowUpFilter.all()).getFirst());
    ids.put("/follow-ups/", followUp.id().toString());
  }

  /** A well-formed outcome. */
  static void body(String key, MockHttpServletRequestBuilder request) {
    if (key.equals(API_OUTCOME)) {
      request.contentType("application/json").content("{\"outcome\":\"NEEDS_TRAINING\"}");
    }
  }
}
