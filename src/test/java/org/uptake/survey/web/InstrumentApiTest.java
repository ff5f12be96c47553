package org.uptake.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;

/** The instrument API with bearer tokens: import, read back as FHIR, score; bad input refused. */
@UptakeTest
class InstrumentApiTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  Fixtures.Tenant tenant;
  String sus;

  @BeforeEach
  void tenant() throws Exception {
    tenant = fixtures.tenant();
    sus = Files.readString(Path.of("docs/examples/sus-placeholders.questionnaire.json"));
  }

  private String importSus() throws Exception {
    String location =
        mvc.perform(
                post("/api/instruments")
                    .header("Authorization", "Bearer " + tenant.token(Role.RESEARCHER))
                    .contentType("application/fhir+json")
                    .content(sus))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").isString())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    assertThat(location).startsWith("/api/instruments/");
    return location;
  }

  private static String response(int... answers) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < answers.length; i++) {
      items
          .append(i == 0 ? "" : ",")
          .append(
              "{\"linkId\": \"sus%d\", \"answer\": [{\"valueCoding\": {\"code\": \"%d\"}}]}"
                  .formatted(i + 1, answers[i]));
    }
    return "{\"resourceType\": \"QuestionnaireResponse\", \"status\": \"completed\", \"item\": ["
        + items
        + "]}";
  }

  @Test
  void anEvaluatorImportsAQuestionnaireAndAManagerReadsItBackAndScoresAResponse() throws Exception {
    String location = importSus();
    mvc.perform(get(location).header("Authorization", "Bearer " + tenant.token(Role.MANAGER)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/fhir+json"))
        .andExpect(jsonPath("$.resourceType").value("Questionnaire"))
        .andExpect(jsonPath("$.item.length()").value(10))
        .andExpect(jsonPath("$.item[0].text").value("SUS item 1 text here"));
    String id = location.substring(location.lastIndexOf('/') + 1);
    mvc.perform(
            get("/api/instruments")
                .header("Authorization", "Bearer " + tenant.token(Role.CHAMPION)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].id").value(id))
        .andExpect(jsonPath("$[0].status").value("DRAFT"))
        .andExpect(jsonPath("$[0].constructs.length()").value(1));

    mvc.perform(
            post(location + "/score")
                .header("Authorization", "Bearer " + tenant.token(Role.CHAMPION))
                .contentType(MediaType.APPLICATION_JSON)
                .content(response(4, 2, 3, 3, 4, 4, 3, 3, 3, 3)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scores.sus").value(55.0));

    mvc.perform(
            post(location + "/score")
                .header("Authorization", "Bearer " + tenant.token(Role.CHAMPION))
                .contentType("application/fhir+json")
                .content(response(4, 2, 3)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scores.sus").isEmpty())
        .andExpect(jsonPath("$.scores").value(org.hamcrest.Matchers.hasKey("sus")));
  }

  @Test
  void badInputGetsAProblemInTheCallersLanguageAndStoresNothing() throws Exception {
    mvc.perform(
            post("/api/instruments")
                .header("Authorization", "Bearer " + tenant.token(Role.LEAD))
                .header("Accept-Language", "fi")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"resourceType\": \"Questionnaire\", \"status\": "))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.startsWith("Tiedosto ei ole FHIR JSON")));

    mvc.perform(
            post("/api/instruments")
                .header("Authorization", "Bearer " + tenant.token(Role.LEAD))
                .header("Accept-Language", "sv")
                .contentType(MediaType.APPLICATION_JSON)
                .content(sus.replace("\"linkId\": \"sus2\"", "\"linkId\": \"sus1\"")))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("survey.problem.duplicate-link-id"))
        .andExpect(
            jsonPath("$.detail")
                .value("Frågans id ”sus1” används två gånger. Varje fråga behöver ett eget."));

    mvc.perform(
            post("/api/instruments")
                .header("Authorization", "Bearer " + tenant.token(Role.LEAD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"resourceType\": \"Patient\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail")
                .value("Expected a FHIR Questionnaire, but the file holds a Patient."));

    String location = importSus();
    mvc.perform(
            post(location + "/score")
                .header("Authorization", "Bearer " + tenant.token(Role.LEAD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(response(4, 2, 7)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.detail").value("The answer 7 to item “sus3” is outside 1 to 5."));
  }

  @Test
  void professionalsAreRefusedAndAnotherOrganisationsInstrumentIsNotFound() throws Exception {
    String location = importSus();
    mvc.perform(get(location).header("Authorization", "Bearer " + tenant.token(Role.PROFESSIONAL)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/instruments")
                .header("Authorization", "Bearer " + tenant.token(Role.MANAGER))
                .contentType(MediaType.APPLICATION_JSON)
                .content(sus))
        .andExpect(status().isForbidden());
    Fixtures.Tenant other = fixtures.tenant();
    mvc.perform(get(location).header("Authorization", "Bearer " + other.token(Role.LEAD)))
        .andExpect(status().isNotFound());
    mvc.perform(get("/v3/api-docs").header("Authorization", "Bearer " + tenant.token(Role.LEAD)))
        .andExpect(status().isOk())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("/api/instruments/{id}/score")));
  }
}
