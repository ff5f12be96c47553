package org.uptake.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.platform.NotFoundException;

/** The instrument store on PostgreSQL: build, publish, freeze, version, import, library. */
@UptakeTest
class InstrumentsTest {

  @Autowired Instruments instruments;
  @Autowired Fixtures fixtures;

  Fixtures.Tenant tenant;

  @BeforeEach
  void tenant() {
    tenant = fixtures.tenant();
  }

  @Test
  void anEvaluatorBuildsPublishesAndThenMakesANewVersionWhileThePublishedOneStaysFrozen() {
    fixtures.as(
        tenant,
        Role.RESEARCHER,
        () -> {
          InstrumentId id = instruments.create("team-check", Texts.of("Team check"), 0.5);
          instruments.addConstruct(
              id, new Construct("sense", Texts.of("Making sense"), ScoringRule.MEAN));
          instruments.addItem(
              id,
              Item.of("q1", Texts.of("I see why"), ResponseType.AGREEMENT_5, "sense", false, true));
          instruments.publish(id);

          StoredInstrument published = instruments.get(id);
          assertThat(published.published()).isTrue();
          assertThat(published.instrument().items()).hasSize(1);
          assertThatThrownBy(
                  () ->
                      instruments.addItem(
                          id,
                          Item.of(
                              "q2", Texts.of("More"), ResponseType.FREE_TEXT, null, false, false)))
              .isInstanceOf(InstrumentProblem.class)
              .extracting(e -> ((InstrumentProblem) e).key())
              .isEqualTo("survey.problem.published");

          InstrumentId next = instruments.newVersion(id);
          instruments.addItem(
              next, Item.of("q2", Texts.of("More"), ResponseType.FREE_TEXT, null, false, false));
          assertThat(instruments.get(next).instrument().version()).isEqualTo(2);
          assertThat(instruments.get(next).previous()).isEqualTo(id);
          assertThat(instruments.get(id).instrument().items()).hasSize(1);
          assertThat(instruments.list())
              .extracting(s -> s.instrument().version())
              .containsExactly(2, 1);
        });
  }

  @Test
  void aQuestionnaireUptakeCannotTakeIsRefusedAndNothingIsStored() {
    fixtures.as(
        tenant,
        Role.LEAD,
        () -> {
          for (String bad :
              List.of(
                  "{not json",
                  "{\"resourceType\": \"Patient\"}",
                  questionnaire("{\"linkId\": \"a\", \"text\": \"A\", \"type\": \"attachment\"}"),
                  questionnaire("{\"text\": \"A\", \"type\": \"string\"}"),
                  questionnaire(
                      "{\"linkId\": \"a\", \"text\": \"A\", \"type\": \"string\"},"
                          + " {\"linkId\": \"a\", \"text\": \"B\", \"type\": \"string\"}"))) {
            assertThatThrownBy(() -> instruments.importQuestionnaire(bad))
                .isInstanceOf(InstrumentProblem.class);
          }
          assertThat(instruments.list()).isEmpty();
        });
  }

  @Test
  void theLibraryInstrumentsArrivePublished() {
    fixtures.as(
        tenant,
        Role.ADMIN,
        () -> {
          InstrumentId id = instruments.addFromLibrary("readiness-factors");
          assertThat(instruments.get(id).published()).isTrue();
          assertThat(instruments.get(id).source()).isEqualTo("LIBRARY");
          assertThat(instruments.library()).containsOnlyKeys(Instruments.LIBRARY);
        });
  }

  @Test
  void professionalsCannotReadInstrumentsAndAnotherOrganisationCannotSeeThem() {
    InstrumentId id =
        fixtures.as(
            tenant,
            Role.RESEARCHER,
            () -> instruments.create("own", Texts.of("Own"), Instrument.DEFAULT_MIN_SHARE));
    fixtures.as(
        tenant,
        Role.PROFESSIONAL,
        () ->
            assertThatThrownBy(() -> instruments.list()).isInstanceOf(AccessDeniedException.class));
    Fixtures.Tenant other = fixtures.tenant();
    fixtures.as(
        other,
        Role.ADMIN,
        () -> assertThatThrownBy(() -> instruments.get(id)).isInstanceOf(NotFoundException.class));
  }

  static String questionnaire(String items) {
    return """
        {"resourceType": "Questionnaire", "status": "draft", "title": "Bad",
         "url": "https://example.org/Questionnaire/bad", "item": [%s]}
        """
        .formatted(items);
  }
}
