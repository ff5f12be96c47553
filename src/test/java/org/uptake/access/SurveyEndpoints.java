package org.uptake.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.uptake.Fixtures;
import org.uptake.survey.Instruments;

/**
 * The survey module's endpoints and test ids, kept apart so that its routes are listed in one
 * place. Evaluators (researchers), leads and admins write instruments; managers and champions read
 * them and may score responses; professionals answer surveys and do not see the instruments.
 */
final class SurveyEndpoints {

  static final Set<Role> READERS =
      EnumSet.of(Role.ADMIN, Role.LEAD, Role.MANAGER, Role.RESEARCHER, Role.CHAMPION);
  static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.LEAD, Role.RESEARCHER);

  private static final String CREATE = "POST /api/instruments";
  private static final String SCORE = "POST /api/instruments/{id}/score";

  private SurveyEndpoints() {}

  static void expect(Map<String, Set<Role>> expected) {
    expected.put("GET /instruments", READERS);
    expected.put("POST /instruments", WRITERS);
    expected.put("POST /instruments/import", WRITERS);
    expected.put("POST /instruments/library", WRITERS);
    expected.put("GET /instruments/{id}", READERS);
    expected.put("GET /instruments/{id}/questionnaire.json", READERS);
    expected.put("POST /instruments/{id}/constructs", WRITERS);
    expected.put("POST /instruments/{id}/items", WRITERS);
    expected.put("POST /instruments/{id}/publish", WRITERS);
    expected.put("POST /instruments/{id}/versions", WRITERS);
    expected.put(CREATE, WRITERS);
    expected.put("GET /api/instruments", READERS);
    expected.put("GET /api/instruments/{id}", READERS);
    expected.put(SCORE, READERS);
  }

  static void params(Map<String, Map<String, String>> params) {
    params.put("POST /instruments/library", Map.of("name", "competence-self-assessment"));
  }

  /** An instrument of the tenant, imported from the SUS example. */
  static void ids(
      Instruments instruments, Fixtures fixtures, Fixtures.Tenant tenant, Map<String, String> ids) {
    String sus = example();
    ids.put(
        "/instruments/",
        fixtures
            .as(tenant, Role.RESEARCHER, () -> instruments.importQuestionnaire(sus))
            .toString());
  }

  /** Well-formed bodies: a QuestionnaireResponse with no answers, a Questionnaire. */
  static void body(String key, MockHttpServletRequestBuilder request) {
    if (key.equals(CREATE)) {
      request.contentType("application/fhir+json").content(example());
    } else if (key.equals(SCORE)) {
      request
          .contentType(MediaType.APPLICATION_JSON)
          .content("{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\"}");
    }
  }

  static String example() {
    try {
      return Files.readString(Path.of("docs/examples/sus-placeholders.questionnaire.json"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
