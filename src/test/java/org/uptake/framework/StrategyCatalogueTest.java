package org.uptake.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The bundled strategy catalogue, and the loader refusing files that would mislead a user. */
class StrategyCatalogueTest {

  private static final Frameworks frameworks = new Frameworks();

  private static final Function<String, FrameworkEntry> entries =
      code -> frameworks.entry(code).orElse(null);

  @Test
  void theBundledCatalogueHasItsStrategiesInFourLanguagesLinkedToKnownCodes() {
    List<Strategy> strategies = frameworks.strategies();
    assertThat(strategies).hasSizeBetween(15, 20);
    for (Strategy strategy : strategies) {
      assertThat(strategy.name().keySet()).containsExactlyInAnyOrder("en", "fi", "sv", "nb");
      assertThat(strategy.description().keySet()).containsExactlyInAnyOrder("en", "fi", "sv", "nb");
      assertThat(strategy.addresses()).isNotEmpty();
      for (String code : strategy.addresses()) {
        assertThat(frameworks.entry(code)).as(strategy.code() + " → " + code).isPresent();
      }
    }
    Strategy time = frameworks.strategy("strategy.protected-learning-time").orElseThrow();
    assertThat(time.effort()).isEqualTo(Effort.MEDIUM);
    assertThat(time.addresses()).contains("npt.p07", "cfir.c10");
    assertThat(time.name(Locale.forLanguageTag("fi"))).isEqualTo("Suojattu aika opetteluun");
    assertThat(time.citations()).singleElement().asString().contains("10.2196/31668");
    assertThat(frameworks.strategy("strategy.nothing")).isEmpty();
  }

  @Test
  void everyStrategyNamesADifferentThingInEachLanguage() {
    for (Strategy strategy : frameworks.strategies()) {
      assertThat(Set.copyOf(strategy.name().values())).as(strategy.code()).hasSizeGreaterThan(2);
    }
  }

  private static String file(String strategy) {
    return "{\"code\":\"strategy\",\"name\":{},\"description\":{},\"strategies\":["
        + strategy
        + "]}";
  }

  private static String strategy(String code, String effort, String addresses) {
    String texts = "{\"en\":\"x\",\"fi\":\"x\",\"sv\":\"x\",\"nb\":\"x\"}";
    return "{\"code\":\""
        + code
        + "\",\"effort\":\""
        + effort
        + "\",\"addresses\":["
        + addresses
        + "],\"name\":"
        + texts
        + ",\"description\":"
        + texts
        + ",\"citations\":[]}";
  }

  @Test
  void aValidFileLoads() {
    List<Strategy> loaded =
        new StrategyLoader()
            .parse("t.json", file(strategy("strategy.a", "low", "\"npt.p07\"")), entries);
    assertThat(loaded).singleElement().extracting(Strategy::effort).isEqualTo(Effort.LOW);
  }

  @Test
  void anUnknownCodeAWrongLevelAnUnknownEffortOrAMissingLanguageStopTheStart() {
    StrategyLoader loader = new StrategyLoader();
    assertThatThrownBy(
            () ->
                loader.parse("t.json", file(strategy("strategy.a", "low", "\"cfir.z9\"")), entries))
        .isInstanceOf(InvalidCatalogueException.class)
        .hasMessageContaining("unknown framework code 'cfir.z9'");
    assertThatThrownBy(
            () ->
                loader.parse("t.json", file(strategy("strategy.a", "low", "\"cfir.c\"")), entries))
        .hasMessageContaining("cannot address 'cfir.c', a domain");
    assertThatThrownBy(
            () ->
                loader.parse(
                    "t.json", file(strategy("strategy.a", "huge", "\"npt.p07\"")), entries))
        .hasMessageContaining("effort must be low, medium or high");
    assertThatThrownBy(
            () ->
                loader.parse(
                    "t.json",
                    file(strategy("strategy.a", "low", "\"npt.p07\"").replace(",\"nb\":\"x\"", "")),
                    entries))
        .hasMessageContaining("lacks language 'nb'");
    String one = strategy("strategy.a", "low", "\"npt.p07\"");
    assertThatThrownBy(() -> loader.parse("t.json", file(one + "," + one), entries))
        .hasMessageContaining("appears more than once");
    assertThatThrownBy(
            () ->
                loader.parse("t.json", file(strategy("Strategy A", "low", "\"npt.p07\"")), entries))
        .hasMessageContaining("code must be");
  }
}
