package org.uptake.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.uptake.Fixtures;
import org.uptake.survey.Instruments;
import org.uptake.survey.wave.NewWave;
import org.uptake.survey.wave.Waves;

/**
 * The survey waves' endpoints. Evaluators (researchers), leads and admins make, open, close and
 * repeat waves; everyone signed in reads them and answers their own invitations. The personal-link
 * routes under {@code /answer/} are open without signing in: the link's secret is the credential.
 */
final class WaveEndpoints {

  static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.LEAD, Role.RESEARCHER);

  /** Reached without signing in. */
  static final Set<String> PUBLIC =
      Set.of("GET /answer/{secret}", "POST /answer/{secret}", "GET /answer/thanks");

  private WaveEndpoints() {}

  static void expect(Map<String, Set<Role>> expected, Set<Role> everyone) {
    expected.put("GET /waves", everyone);
    expected.put("GET /waves/new", WRITERS);
    expected.put("POST /waves", WRITERS);
    expected.put("GET /waves/{id}", everyone);
    expected.put("POST /waves/{id}/open", WRITERS);
    expected.put("POST /waves/{id}/close", WRITERS);
    expected.put("POST /waves/{id}/repeat", WRITERS);
    // anyone signed in may ask for their own invitation; without one the answer is 404
    expected.put("GET /waves/{id}/answer", everyone);
    expected.put("POST /waves/{id}/answer", everyone);
  }

  static void params(Map<String, Map<String, String>> params) {
    params.put(
        "POST /waves/{id}/repeat",
        Map.of("name", "3 months", "opensOn", "2031-01-01", "closesOn", "2031-01-31"));
  }

  /** A wave of the 14-practice instrument, not yet open, for the tenant's whole staff. */
  static void ids(
      Instruments instruments,
      Waves waves,
      Fixtures fixtures,
      Fixtures.Tenant tenant,
      Map<String, String> ids) {
    ids.put(
        "/waves/",
        fixtures
            .as(
                tenant,
                Role.RESEARCHER,
                () ->
                    waves.create(
                        new NewWave(
                            instruments.addFromLibrary("npt-practices"),
                            "Baseline",
                            true,
                            List.of(),
                            List.of(),
                            List.of(),
                            LocalDate.now(),
                            LocalDate.now().plusDays(14),
                            7,
                            2,
                            10)))
            .toString());
  }
}
