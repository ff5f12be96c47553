package org.uptake.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringTest {

  private final Instrument sample = SampleInstruments.everything();

  private static Map<String, Answer> answers(Object... pairs) {
    Map<String, Answer> answers = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      Answer answer =
          switch (value) {
            case Integer n -> new Answer.Numeric(n);
            case OptOut o -> new Answer.OptedOut(o);
            case Answer a -> a;
            default -> throw new IllegalArgumentException(value.toString());
          };
      answers.put((String) pairs[i], answer);
    }
    return answers;
  }

  @Test
  void theMeanOfAConstructTurnsReverseScoredItemsRound() {
    // q2 is reverse-scored: 2 counts as 4
    Map<String, Double> scores = Scoring.score(sample, answers("q1", 5, "q2", 2, "q3", 3));
    assertThat(scores.get("sense")).isEqualTo((5 + 4 + 3) / 3.0);
  }

  @Test
  void optOutsAreLeftOutOfTheMean() {
    Map<String, Double> scores =
        Scoring.score(sample, answers("q1", 4, "q2", OptOut.NOT_RELEVANT_TO_ROLE, "q3", 2));
    assertThat(scores.get("sense")).isEqualTo(3.0);
  }

  @Test
  void aConstructWithFewerThanTheLeastShareAnsweredHasNoScore() {
    // one of three answered with a number: 1/3 < 0.5; opt-outs do not count as answered
    assertThat(
            Scoring.score(
                    sample,
                    answers(
                        "q1",
                        4,
                        "q2",
                        OptOut.NOT_RELEVANT_AT_THIS_STAGE,
                        "q3",
                        OptOut.NOT_RELEVANT_TO_SERVICE))
                .get("sense"))
        .isNull();
    // two of three: 2/3 ≥ 0.5
    assertThat(Scoring.score(sample, answers("q1", 4, "q3", 2)).get("sense")).isEqualTo(3.0);
    assertThat(Scoring.score(sample, Map.of()))
        .containsEntry("sense", null)
        .containsEntry("effort", null);
  }

  @Test
  void theLeastShareIsTheInstrumentsOwn() {
    Instrument strict =
        new Instrument(sample.code(), 1, sample.title(), 1.0, sample.constructs(), sample.items());
    assertThat(Scoring.score(strict, answers("q1", 4, "q3", 2)).get("sense")).isNull();
    assertThat(Scoring.score(strict, answers("q1", 4, "q2", 1, "q3", 2)).get("sense"))
        .isEqualTo((4 + 5 + 2) / 3.0);
  }

  @Test
  void aSumAddsTheAnswers() {
    assertThat(Scoring.score(sample, answers("q4", 7)).get("effort")).isEqualTo(7.0);
  }

  @Test
  void reverseScoringOnAZeroToTenScaleTurnsTenIntoZero() {
    Item reversed = Item.of("r", Texts.of("Strain"), ResponseType.SCALE_0_10, "load", true, false);
    Instrument instrument =
        new Instrument(
            "load",
            1,
            Texts.of("Load"),
            0.5,
            List.of(new Construct("load", Texts.of("Load"), ScoringRule.MEAN)),
            List.of(reversed));
    assertThat(Scoring.score(instrument, answers("r", 10)).get("load")).isEqualTo(0.0);
    assertThat(Scoring.score(instrument, answers("r", 3)).get("load")).isEqualTo(7.0);
  }

  /**
   * Brooke's rule (Brooke J. SUS: a "quick and dirty" usability scale. In: Jordan PW, Thomas B,
   * Weerdmeester BA, McClelland IL, eds. Usability Evaluation in Industry. London: Taylor &amp;
   * Francis; 1996:189–194): odd items contribute answer − 1, even items 5 − answer, and the sum of
   * contributions × 2.5 is the score. Tullis and Albert's worked example (Measuring the User
   * Experience, 2nd ed., Morgan Kaufmann 2013, ch. 6) has contributions summing to 22, a score of
   * 55; the answers below are ours, chosen to give the same sum: contributions 3,3,2,2,3,1,2,2,2,2.
   */
  @Test
  void theSusScoreFollowsBrookesRuleWithAPublishedTotal() {
    Instrument sus = SampleInstruments.sus();
    Map<String, Answer> answers =
        answers(
            "sus1", 4, "sus2", 2, "sus3", 3, "sus4", 3, "sus5", 4, "sus6", 4, "sus7", 3, "sus8", 3,
            "sus9", 3, "sus10", 3);
    assertThat(Scoring.score(sus, answers).get("sus")).isEqualTo(55.0);
  }

  @Test
  void theSusScoreRunsFromZeroToHundred() {
    Instrument sus = SampleInstruments.sus();
    Map<String, Answer> best = new HashMap<>();
    Map<String, Answer> worst = new HashMap<>();
    for (int i = 1; i <= 10; i++) {
      best.put("sus" + i, new Answer.Numeric(i % 2 == 1 ? 5 : 1));
      worst.put("sus" + i, new Answer.Numeric(i % 2 == 1 ? 1 : 5));
    }
    assertThat(Scoring.score(sus, best).get("sus")).isEqualTo(100.0);
    assertThat(Scoring.score(sus, worst).get("sus")).isEqualTo(0.0);
  }

  @Test
  void theSusScoreNeedsAllTenAnswersWithANumber() {
    Instrument sus = SampleInstruments.sus();
    Map<String, Answer> nine = new HashMap<>();
    for (int i = 1; i <= 9; i++) {
      nine.put("sus" + i, new Answer.Numeric(3));
    }
    assertThat(Scoring.score(sus, nine).get("sus")).isNull();
    nine.put("sus10", new Answer.OptedOut(OptOut.NOT_RELEVANT_TO_ROLE));
    assertThat(Scoring.score(sus, nine).get("sus")).isNull();
  }

  @Test
  void aSusConstructMustHaveExactlyTenAgreementItems() {
    Instrument sus = SampleInstruments.sus();
    assertThatThrownBy(
            () ->
                new Instrument(
                    "sus", 1, sus.title(), 1.0, sus.constructs(), sus.items().subList(0, 9)))
        .isInstanceOf(InstrumentProblem.class)
        .extracting(e -> ((InstrumentProblem) e).key())
        .isEqualTo("survey.problem.sus");
  }

  @Test
  void anItemHiddenByItsConditionIsNotMissingAndNotScored() {
    assertThat(sample.missing(answers("q1", 3, "q5", new Answer.Choices(Set.of("no"))))).isEmpty();
    assertThat(sample.missing(answers("q1", 3, "q5", new Answer.Choices(Set.of("yes")))))
        .containsExactly("q6");
    assertThat(sample.missing(Map.of())).containsExactly("q1", "q5");
  }

  @Test
  void anAnswerOutOfRangeIsRefusedWithItsItemAndRange() {
    assertThatThrownBy(() -> Scoring.score(sample, answers("q1", 6)))
        .isInstanceOf(InstrumentProblem.class)
        .hasMessage("Answer 6 to 'q1' is outside 1–5");
    assertThatThrownBy(() -> Scoring.score(sample, answers("q4", -1)))
        .hasMessage("Answer -1 to 'q4' is outside 0–10");
    assertThatThrownBy(() -> Scoring.score(sample, answers("q4", 11)))
        .hasMessage("Answer 11 to 'q4' is outside 0–10");
  }

  @Test
  void answersOfTheWrongShapeOrUnknownCodesAreRefused() {
    assertThatThrownBy(
            () ->
                Scoring.score(
                    sample, answers("q4", new Answer.OptedOut(OptOut.NOT_RELEVANT_TO_ROLE))))
        .hasMessageContaining("not of its type");
    assertThatThrownBy(
            () -> Scoring.score(sample, answers("q5", new Answer.Choices(Set.of("maybe")))))
        .hasMessage("'maybe' is not an answer of 'q5'");
    assertThatThrownBy(
            () -> Scoring.score(sample, answers("q5", new Answer.Choices(Set.of("yes", "no")))))
        .hasMessage("Item 'q5' takes one answer");
    assertThatThrownBy(() -> Scoring.score(sample, answers("q9", 3)))
        .hasMessage("The instrument has no item 'q9'");
    assertThatThrownBy(() -> new Answer.Text(" ")).isInstanceOf(InstrumentProblem.class);
  }
}
