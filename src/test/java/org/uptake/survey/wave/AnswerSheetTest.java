package org.uptake.survey.wave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uptake.survey.Answer;
import org.uptake.survey.AnswerOption;
import org.uptake.survey.Condition;
import org.uptake.survey.Construct;
import org.uptake.survey.Instrument;
import org.uptake.survey.Item;
import org.uptake.survey.OptOut;
import org.uptake.survey.ResponseType;
import org.uptake.survey.ScoringRule;
import org.uptake.survey.Texts;

/** Reading a filled-in form against its instrument, in plain Java. */
class AnswerSheetTest {

  private static final Instrument INSTRUMENT =
      new Instrument(
          "sheet",
          1,
          Texts.of("Sheet"),
          0.5,
          List.of(new Construct("use", Texts.of("Use"), ScoringRule.MEAN)),
          List.of(
              Item.of("q1", Texts.of("Agree?"), ResponseType.AGREEMENT_5, "use", false, true),
              Item.of("q2", Texts.of("0-10"), ResponseType.SCALE_0_10, null, false, false),
              Item.of("q3", Texts.of("Trained?"), ResponseType.SINGLE_CHOICE, null, false, true)
                  .withOptions(
                      List.of(
                          new AnswerOption("yes", Texts.of("Yes")),
                          new AnswerOption("no", Texts.of("No")))),
              Item.of("q4", Texts.of("Why not?"), ResponseType.FREE_TEXT, null, false, true)
                  .withCondition(new Condition("q3", "no")),
              Item.of("q5", Texts.of("Which?"), ResponseType.MULTIPLE_CHOICE, null, false, false)
                  .withOptions(
                      List.of(
                          new AnswerOption("a", Texts.of("A")),
                          new AnswerOption("b", Texts.of("B"))))));

  @Test
  void readsEveryKindOfAnswer() {
    AnswerSheet sheet =
        AnswerSheet.read(
            INSTRUMENT,
            Map.of(
                "a_q1", List.of("not-relevant-role"),
                "a_q2", List.of(" 10 "),
                "a_q3", List.of("no"),
                "a_q4", List.of("No time"),
                "a_q5", List.of("a", "b"),
                "a_unknown", List.of("ignored"),
                "_csrf", List.of("x")));
    assertThat(sheet.complete()).isTrue();
    assertThat(sheet.answers())
        .containsEntry("q1", new Answer.OptedOut(OptOut.NOT_RELEVANT_TO_ROLE))
        .containsEntry("q2", new Answer.Numeric(10))
        .containsEntry("q3", new Answer.Choices(Set.of("no")))
        .containsEntry("q4", new Answer.Text("No time"))
        .containsEntry("q5", new Answer.Choices(Set.of("a", "b")))
        .hasSize(5);
  }

  @Test
  void anItemWhoseConditionFailsIsNeitherKeptNorRequired() {
    AnswerSheet sheet =
        AnswerSheet.read(
            INSTRUMENT,
            Map.of("a_q1", List.of("3"), "a_q3", List.of("yes"), "a_q4", List.of("Hidden")));
    assertThat(sheet.complete()).isTrue();
    assertThat(sheet.answers()).doesNotContainKey("q4");
    AnswerSheet shown =
        AnswerSheet.read(INSTRUMENT, Map.of("a_q1", List.of("3"), "a_q3", List.of("no")));
    assertThat(shown.missing()).containsExactly("q4");
  }

  @Test
  void answersThatDoNotFitAreProblemsAndRequiredEmptyItemsAreMissing() {
    AnswerSheet sheet =
        AnswerSheet.read(
            INSTRUMENT,
            Map.of(
                "a_q1", List.of("6"),
                "a_q2", List.of("seven"),
                "a_q3", List.of("yes", "no"),
                "a_q5", List.of("c")));
    assertThat(sheet.complete()).isFalse();
    assertThat(sheet.problems().get("q1").key()).isEqualTo("survey.problem.answer-range");
    assertThat(sheet.problems().get("q2").key()).isEqualTo("survey.problem.answer-range");
    assertThat(sheet.problems().get("q3").key()).isEqualTo("survey.problem.answer-one");
    assertThat(sheet.problems().get("q5").key()).isEqualTo("survey.problem.answer-option");
    assertThat(sheet.missing())
        .as("q1 and q3 have problems, so they are not listed twice")
        .isEmpty();
    assertThat(sheet.answers()).isEmpty();
  }

  @Test
  void blankFieldsAreNotAnswersAndTooLongTextIsRefused() {
    AnswerSheet sheet =
        AnswerSheet.read(
            INSTRUMENT,
            Map.of(
                "a_q1", List.of("  "),
                "a_q3", List.of("no"),
                "a_q4", List.of("x".repeat(AnswerSheet.MAX_TEXT + 1))));
    assertThat(sheet.missing()).containsExactly("q1");
    assertThat(sheet.problems().get("q4").key()).isEqualTo("wave.answer.too-long");
  }

  @Test
  void savedAnswersReadBackFromTheirStoredForm() {
    Map<String, Answer> answers =
        Map.of(
            "q1", new Answer.Numeric(4),
            "q3", new Answer.Choices(Set.of("no")),
            "q4", new Answer.Text("Quote \" and ünïcode"),
            "q2", new Answer.Numeric(0));
    String json = AnswerJson.answers(answers);
    assertThat(AnswerJson.readAnswers(json)).isEqualTo(answers);
    AnswerSheet restored = AnswerSheet.of(INSTRUMENT, AnswerJson.readAnswers(json));
    assertThat(restored.chosen("q1", "4")).isTrue();
    assertThat(restored.text("q4")).isEqualTo("Quote \" and ünïcode");
  }
}
