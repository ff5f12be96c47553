package org.uptake.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.uptake.Fixtures;
import org.uptake.determinant.ConsultationDetails;
import org.uptake.determinant.ConsultationId;
import org.uptake.determinant.ConsultationMethod;
import org.uptake.determinant.DeterminantDetails;
import org.uptake.determinant.DeterminantId;
import org.uptake.determinant.Determinants;
import org.uptake.determinant.NeedsAssessments;
import org.uptake.determinant.Valence;
import org.uptake.implementation.ImplementationId;

/**
 * The determinant module's endpoints, kept apart so that its routes are listed in one place. Its
 * path ids are the implementation's, which {@link ImplementationEndpoints} provides.
 */
final class DeterminantEndpoints {

  static final Set<Role> READERS =
      EnumSet.of(Role.ADMIN, Role.LEAD, Role.MANAGER, Role.RESEARCHER, Role.CHAMPION);
  static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.LEAD, Role.RESEARCHER);

  private static final String CREATE = "POST /api/implementations/{id}/determinants";

  private DeterminantEndpoints() {}

  static void expect(Map<String, Set<Role>> expected) {
    expected.put("GET /implementations/{id}/determinants", READERS);
    expected.put("POST /implementations/{id}/determinants", WRITERS);
    expected.put("GET /api/implementations/{id}/determinants", READERS);
    expected.put(CREATE, WRITERS);
    expected.put("GET /api/implementations/{id}/determinants/summary", READERS);
    expected.put("GET /implementations/{id}/needs", READERS);
    expected.put("GET /implementations/{id}/determinants/overview", READERS);
    expected.put("GET /implementations/{id}/determinants/overview.xlsx", READERS);
    expected.put("GET /implementations/{id}/determinants/{determinantId}", READERS);
    expected.put("GET /implementations/{id}/determinants/{determinantId}/edit", WRITERS);
    expected.put("POST /implementations/{id}/determinants/{determinantId}", WRITERS);
    expected.put("POST /implementations/{id}/determinants/{determinantId}/merge", WRITERS);
    expected.put("POST /implementations/{id}/needs", WRITERS);
    expected.put("GET /implementations/{id}/needs/{consultationId}/edit", WRITERS);
    expected.put("POST /implementations/{id}/needs/{consultationId}", WRITERS);
    expected.put("GET /implementations/{id}/needs/{consultationId}/delete", WRITERS);
    // last of the consultation's endpoints: the first role allowed deletes it (then 404)
    expected.put("POST /implementations/{id}/needs/{consultationId}/delete", WRITERS);
  }

  static void params(Map<String, Map<String, String>> params) {
    params.put(
        "POST /implementations/{id}/needs/{consultationId}",
        Map.of(
            "stakeholderGroup",
            "it",
            "method",
            "INTERVIEW",
            "heldOn",
            "2026-10-05",
            "people",
            "2"));
  }

  /** A determinant of the tenant's plan (made by {@link ImplementationEndpoints#ids}) to act on. */
  static void ids(
      Fixtures fixtures,
      Determinants determinants,
      NeedsAssessments needs,
      Fixtures.Tenant tenant,
      Map<String, String> ids) {
    ImplementationId plan = new ImplementationId(UUID.fromString(ids.get("/implementations/")));
    DeterminantId determinant =
        fixtures.as(
            tenant,
            Role.LEAD,
            () ->
                determinants.create(
                    plan,
                    new DeterminantDetails(
                        Valence.BARRIER, "Slow log-in", Set.of("it"), Set.of(), 2, 2, Set.of()),
                    List.of()));
    ids.put("/determinants/", determinant.toString());
    ConsultationId consultation =
        fixtures.as(
            tenant,
            Role.LEAD,
            () ->
                needs.record(
                    plan,
                    new ConsultationDetails(
                        "it",
                        ConsultationMethod.WORKSHOP,
                        LocalDate.of(2026, 10, 1),
                        4,
                        Set.of(),
                        Set.of(),
                        null)));
    ids.put("/needs/", consultation.toString());
  }

  /** A well-formed body: an empty list, so the role check, not the body, decides. */
  static void body(String key, MockHttpServletRequestBuilder request) {
    if (key.equals(CREATE)) {
      request.contentType(MediaType.APPLICATION_JSON).content("[]");
    }
  }
}
