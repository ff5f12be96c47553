package org.uptake.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/** The instruments Uptake ships, and the SUS example of docs/surveys.md. */
class ShippedInstrumentsTest {

  private static String file(String name) throws IOException {
    return new ClassPathResource("survey/instruments/" + name + ".questionnaire.json")
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static Instrument read(String json) {
    Questionnaire questionnaire = QuestionnaireRoundTripTest.FHIR.parse(json, Questionnaire.class);
    assertThat(QuestionnaireRoundTripTest.FHIR.errors(questionnaire)).isEmpty();
    return QuestionnaireImport.fromQuestionnaire(questionnaire);
  }

  @ParameterizedTest
  @ValueSource(strings = {"npt-practices", "readiness-factors", "competence-self-assessment"})
  void eachIsValidFhirAndSpeaksAllFourLanguages(String name) throws IOException {
    Instrument instrument = read(file(name));
    assertThat(Instruments.LIBRARY).contains(name);
    assertThat(instrument.code()).isEqualTo(name);
    assertThat(instrument.title().byLanguage()).containsOnlyKeys("en", "fi", "sv", "nb");
    for (Item item : instrument.items()) {
      assertThat(item.text().byLanguage())
          .as(item.linkId())
          .containsOnlyKeys("en", "fi", "sv", "nb");
    }
    for (Construct construct : instrument.constructs()) {
      assertThat(construct.label().byLanguage()).containsOnlyKeys("en", "fi", "sv", "nb");
      assertThat(instrument.items(construct)).isNotEmpty();
    }
  }

  @Test
  void thePracticeCheckAsksAboutEachOfTheFourteenPracticesUnderItsComponent() throws IOException {
    Instrument npt = read(file("npt-practices"));
    Set<String> practices =
        npt.items().stream()
            .map(item -> item.linkId().substring(0, "npt.p00".length()))
            .collect(Collectors.toSet());
    assertThat(practices)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, 14).mapToObj(n -> "npt.p%02d".formatted(n)).toList());
    assertThat(npt.constructs())
        .extracting(Construct::code)
        .containsExactly(
            "npt.coherence",
            "npt.cognitive-participation",
            "npt.collective-action",
            "npt.reflexive-monitoring");
    assertThat(npt.item("npt.p03").orElseThrow().construct()).isEqualTo("npt.coherence");
    assertThat(npt.items().stream().filter(Item::reverse)).hasSize(1);
  }

  @Test
  void theReadinessCheckCoversTheSevenFactors() throws IOException {
    Instrument readiness = read(file("readiness-factors"));
    assertThat(readiness.constructs()).hasSize(7);
    assertThat(readiness.constructs()).allSatisfy(c -> assertThat(c.code()).startsWith("factor."));
  }

  @Test
  void theCompetenceTemplateAsksHowToLearnOnlyOfThoseWhoWantTraining() throws IOException {
    Instrument competence = read(file("competence-self-assessment"));
    assertThat(competence.item("c7").orElseThrow().condition())
        .isEqualTo(new Condition("c6", "yes"));
    Map<String, Answer> answers = new HashMap<>();
    answers.put("c1", new Answer.Numeric(8));
    answers.put("c2", new Answer.Numeric(6));
    answers.put("c3", new Answer.Numeric(3));
    answers.put("c4", new Answer.Numeric(5));
    answers.put("c5", new Answer.Numeric(4));
    answers.put("c6", new Answer.Choices(Set.of("no")));
    assertThat(competence.missing(answers)).isEmpty();
    assertThat(Scoring.score(competence, answers))
        .containsEntry("basic-use", 7.0)
        .containsEntry("work-tasks", 4.0);
  }

  @Test
  void theSusExampleOfTheGuideImportsAndScores() throws IOException {
    Instrument sus =
        read(Files.readString(Path.of("docs/examples/sus-placeholders.questionnaire.json")));
    assertThat(sus.constructs())
        .containsExactly(new Construct("sus", Texts.of("Usability (SUS)"), ScoringRule.SUS));
    assertThat(sus.item("sus1").orElseThrow().text().text()).isEqualTo("SUS item 1 text here");
    List<Integer> given = List.of(4, 2, 3, 3, 4, 4, 3, 3, 3, 3);
    Map<String, Answer> answers = new HashMap<>();
    for (int i = 0; i < 10; i++) {
      answers.put("sus" + (i + 1), new Answer.Numeric(given.get(i)));
    }
    assertThat(Scoring.score(sus, answers)).containsEntry("sus", 55.0);
  }
}
