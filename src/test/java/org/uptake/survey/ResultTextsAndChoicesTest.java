package org.uptake.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.organisation.UnitManagers;
import org.uptake.platform.Fhir;

/**
 * Free text only from groups of at least k; choice items counted per code, 0–10 scales by point.
 */
@UptakeTest
class ResultTextsAndChoicesTest {

  @Autowired Fixtures fixtures;
  @Autowired SurveyResultFixtures surveys;
  @Autowired Instruments instruments;
  @Autowired Results results;
  @Autowired UnitManagers managers;
  @Autowired Fhir fhir;

  @Test
  void freeTextComesOnlyFromGroupsOfAtLeastKAndChoicesAreCountedPerCode() {
    Fixtures.Tenant tenant = fixtures.tenant();
    String questionnaire =
        fhir.toJson(QuestionnaireExport.toQuestionnaire(SampleInstruments.everything(), false));
    StoredInstrument sample =
        fixtures.as(
            tenant,
            Role.RESEARCHER,
            () -> instruments.get(instruments.importQuestionnaire(questionnaire)));
    UUID wave = surveys.wave(tenant, sample, "Pilot", true, 10, null, LocalDate.of(2026, 9, 1));
    String ward =
        "{\"q1\": {\"value\": 4}, \"q4\": {\"value\": 7}, \"q5\": {\"choices\": [\"yes\"]},"
            + " \"q6\": {\"choices\": [\"online\", \"peer\"]}, \"q7\": {\"text\": \"More practice time\"}}";
    for (int i = 0; i < 12; i++) {
      surveys.respond(
          tenant, wave, tenant.units().get(0), "REGISTERED_NURSE", ward, "{\"sense\": 4}");
    }
    String clinic =
        "{\"q1\": {\"value\": 2}, \"q5\": {\"choices\": [\"no\"]}, \"q7\": {\"text\": \"Only three of us\"}}";
    for (int i = 0; i < 3; i++) {
      surveys.respond(tenant, wave, tenant.units().get(1), "PHYSICIAN", clinic, "{\"sense\": 2}");
    }
    fixtures.as(
        tenant,
        Role.ADMIN,
        () -> managers.set(tenant.units().get(1), Set.of(tenant.accounts().get(Role.MANAGER))));

    ResultSheet lead =
        fixtures.as(tenant, Role.LEAD, () -> results.sheet(wave, ResultBreakdown.UNIT));
    ResultSheet manager =
        fixtures.as(tenant, Role.MANAGER, () -> results.sheet(wave, ResultBreakdown.UNIT));

    assertThat(lead.texts().get("q7"))
        .as("the whole wave is 15 people")
        .hasSize(15)
        .contains("More practice time");
    assertThat(manager.texts()).as("the clinic's three").isEmpty();
    ResultFigure choices = figure(lead, "q6");
    assertThat(choices.n()).isEqualTo(12);
    assertThat(choices.count("online")).isEqualTo(12);
    assertThat(choices.count("peer")).isEqualTo(12);
    ResultFigure single = figure(lead, "q5");
    assertThat(single.n()).isEqualTo(15);
    assertThat(single.count("no")).isEqualTo(3);
    ResultFigure scale = figure(lead, "q4");
    assertThat(scale.count("7")).isEqualTo(12);
    assertThat(scale.mean()).isEqualTo(7.0);
  }

  private static ResultFigure figure(ResultSheet sheet, String linkId) {
    return sheet.items().stream()
        .filter(line -> line.code().equals(linkId))
        .findFirst()
        .orElseThrow()
        .figures()
        .getLast();
  }
}
