package org.uptake.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstrumentTest {

  private final Instrument sample = SampleInstruments.everything();

  private static String key(Runnable making) {
    try {
      making.run();
    } catch (InstrumentProblem problem) {
      return problem.key();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aLinkIdUsedTwiceIsRefused() {
    Item again = Item.of("q1", Texts.of("Again"), ResponseType.FREE_TEXT, null, false, false);
    assertThat(key(() -> sample.withItem(again))).isEqualTo("survey.problem.duplicate-link-id");
  }

  @Test
  void anItemOfAnUnknownConstructIsRefused() {
    Item stray = Item.of("x", Texts.of("Stray"), ResponseType.AGREEMENT_5, "none", false, false);
    assertThat(key(() -> sample.withItem(stray))).isEqualTo("survey.problem.unknown-construct");
  }

  @Test
  void aConditionMustReferToAnEarlierItem() {
    Item early =
        Item.of("x", Texts.of("X"), ResponseType.FREE_TEXT, null, false, false)
            .withCondition(new Condition("later", "1"));
    assertThat(key(() -> sample.withItem(early))).isEqualTo("survey.problem.condition");
  }

  @Test
  void onlyNumericItemsCountTowardsAConstruct() {
    assertThat(
            key(() -> Item.of("x", Texts.of("X"), ResponseType.FREE_TEXT, "sense", false, false)))
        .isEqualTo("survey.problem.not-scorable");
  }

  @Test
  void aChoiceItemNeedsAnswersAndAnItemNeedsALinkIdAndText() {
    assertThat(
            key(
                () ->
                    sample.withItem(
                        Item.of(
                            "x", Texts.of("X"), ResponseType.SINGLE_CHOICE, null, false, false))))
        .isEqualTo("survey.problem.no-options");
    assertThat(key(() -> Item.of(" ", Texts.of("X"), ResponseType.FREE_TEXT, null, false, false)))
        .isEqualTo("survey.problem.link-id-missing");
    assertThat(key(() -> Texts.of(" "))).isEqualTo("survey.problem.text-missing");
  }

  @Test
  void theLeastShareIsAboveZeroAndAtMostOne() {
    assertThatThrownBy(() -> new Instrument("x", 1, Texts.of("X"), 0, List.of(), sample.items()))
        .isInstanceOf(InstrumentProblem.class);
    assertThatThrownBy(() -> new Instrument("x", 1, Texts.of("X"), 1.1, List.of(), sample.items()))
        .isInstanceOf(InstrumentProblem.class);
  }

  @Test
  void textsFallBackToTheDefaultLanguageAndKnowNorwegianByItsOtherNames() {
    Texts texts = Texts.of("Yes", "Kyllä", "Ja", "Ja");
    assertThat(texts.in("fi")).isEqualTo("Kyllä");
    assertThat(texts.in("no")).isEqualTo("Ja");
    assertThat(texts.in("de")).isEqualTo("Yes");
    assertThat(Texts.of("Only English").in("sv")).isEqualTo("Only English");
  }
}
