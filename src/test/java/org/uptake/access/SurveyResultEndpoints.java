package org.uptake.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.uptake.Fixtures;
import org.uptake.survey.StoredInstrument;
import org.uptake.survey.SurveyResultFixtures;

/**
 * The endpoints of survey results, kept apart so that their routes are listed in one place.
 * Researchers, leads and admins read every unit's results; managers read their own units'; no one
 * else reads results.
 */
final class SurveyResultEndpoints {

  static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.LEAD, Role.MANAGER, Role.RESEARCHER);

  private SurveyResultEndpoints() {}

  static void expect(Map<String, Set<Role>> expected) {
    expected.put("GET /waves/{id}/results", READERS);
    expected.put("GET /waves/{id}/results.csv", READERS);
    expected.put("GET /waves/{id}/results.xlsx", READERS);
    expected.put(
        "GET /waves/{id}/results/responses.fhir.json",
        EnumSet.of(Role.ADMIN, Role.LEAD, Role.RESEARCHER));
    expected.put("POST /waves/{id}/follow-up", EnumSet.of(Role.ADMIN, Role.LEAD));
    expected.put("GET /api/waves", READERS);
    expected.put("GET /api/waves/{id}", READERS);
    expected.put("GET /api/waves/{id}/results", READERS);
    expected.put("POST /waves/{id}/follow-up/check", EnumSet.of(Role.ADMIN, Role.LEAD));
  }

  static void params(Map<String, Map<String, String>> params) {}

  /** A wave of the tenant with a few responses. */
  static void ids(SurveyResultFixtures surveys, Fixtures.Tenant tenant, Map<String, String> ids) {
    StoredInstrument practices = surveys.practices(tenant);
    var wave =
        surveys.wave(tenant, practices, "Baseline", true, 10, null, LocalDate.of(2026, 9, 1));
    surveys.respond(tenant, wave, practices, tenant.units().getFirst(), "REGISTERED_NURSE", 12, 4);
    ids.putIfAbsent("/waves/", wave.toString());
  }
}
