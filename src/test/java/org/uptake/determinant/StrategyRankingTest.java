package org.uptake.determinant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uptake.determinant.RankingReason.Match;
import org.uptake.framework.Effort;
import org.uptake.framework.Frameworks;
import org.uptake.framework.Strategy;

/** Ranking strategies for a barrier, with the real framework catalogues and made-up strategies. */
class StrategyRankingTest {

  private static final Frameworks frameworks = new Frameworks();
  private static final StrategyRanking ranking = new StrategyRanking(frameworks::entry);

  private static Strategy strategy(String code, Effort effort, String... addresses) {
    Map<String, String> texts = Map.of("en", code, "fi", code, "sv", code, "nb", code);
    return new Strategy(code, effort, List.of(addresses), texts, texts, List.of());
  }

  private static List<String> codes(List<RankedStrategy> ranked) {
    return ranked.stream().map(r -> r.strategy().code()).toList();
  }

  @Test
  void theExactCfirConstructRanksAboveAnotherConstructOfItsDomain() {
    List<RankedStrategy> ranked =
        ranking.rank(
            Set.of("cfir.c10"),
            List.of(
                strategy("strategy.domain", Effort.LOW, "cfir.c3"),
                strategy("strategy.exact", Effort.HIGH, "cfir.c10"),
                strategy("strategy.sub", Effort.HIGH, "cfir.c10c"),
                strategy("strategy.elsewhere", Effort.LOW, "cfir.d1")));
    assertThat(codes(ranked)).containsExactly("strategy.exact", "strategy.sub", "strategy.domain");
    assertThat(ranked.getFirst().reasons())
        .containsExactly(new RankingReason(Match.CFIR_CONSTRUCT, "cfir.c10", "cfir.c10"));
    assertThat(ranked.get(1).reasons())
        .containsExactly(new RankingReason(Match.CFIR_CONSTRUCT, "cfir.c10", "cfir.c10c"));
    assertThat(ranked.getLast().reasons())
        .containsExactly(new RankingReason(Match.CFIR_DOMAIN, "cfir.c10", "cfir.c3"));
  }

  @Test
  void twoSubConstructsOfOneConstructAreOnlyAsCloseAsTheirDomain() {
    List<RankedStrategy> ranked =
        ranking.rank(Set.of("cfir.c4a"), List.of(strategy("strategy.s", Effort.LOW, "cfir.c4d")));
    assertThat(ranked.getFirst().reasons().getFirst().match()).isEqualTo(Match.CFIR_DOMAIN);
  }

  @Test
  void nptPracticeAndComponentAndFactorEachCountOnceByTheirBestMatch() {
    List<RankedStrategy> ranked =
        ranking.rank(
            Set.of("npt.p07", "factor.resources-infrastructure"),
            List.of(
                strategy("strategy.component", Effort.LOW, "npt.p09", "npt.collective-action"),
                strategy(
                    "strategy.practice-and-factor",
                    Effort.HIGH,
                    "npt.p07",
                    "npt.p09",
                    "factor.resources-infrastructure")));
    assertThat(codes(ranked)).containsExactly("strategy.practice-and-factor", "strategy.component");
    RankedStrategy best = ranked.getFirst();
    assertThat(best.score()).isEqualTo(Match.NPT_PRACTICE.weight() + Match.FACTOR.weight());
    assertThat(best.reasons())
        .containsExactly(
            new RankingReason(Match.NPT_PRACTICE, "npt.p07", "npt.p07"),
            new RankingReason(
                Match.FACTOR,
                "factor.resources-infrastructure",
                "factor.resources-infrastructure"));
    assertThat(ranked.getLast().reasons())
        .extracting(RankingReason::match)
        .containsExactly(Match.NPT_COMPONENT);
  }

  @Test
  void equalMatchesGoToTheStrategyThatTakesLessEffort() {
    List<RankedStrategy> ranked =
        ranking.rank(
            Set.of("factor.skills-knowledge"),
            List.of(
                strategy("strategy.high", Effort.HIGH, "factor.skills-knowledge"),
                strategy("strategy.low", Effort.LOW, "factor.skills-knowledge"),
                strategy("strategy.medium", Effort.MEDIUM, "factor.skills-knowledge")));
    assertThat(codes(ranked)).containsExactly("strategy.low", "strategy.medium", "strategy.high");
  }

  @Test
  void aBarrierWithoutTagsOrWithUnrelatedTagsGetsNoStrategies() {
    List<Strategy> catalogue = frameworks.strategies();
    assertThat(ranking.rank(Set.of(), catalogue)).isEmpty();
    assertThat(ranking.rank(Set.of("champion.motivator"), catalogue)).isEmpty();
  }

  @Test
  void withTheBundledCatalogueNoProtectedTimeRanksProtectedLearningTimeFirst() {
    List<RankedStrategy> ranked =
        ranking.rank(
            Set.of("cfir.c10", "npt.p07", "factor.resources-infrastructure"),
            frameworks.strategies());
    assertThat(ranked.getFirst().strategy().code()).isEqualTo("strategy.protected-learning-time");
    assertThat(ranked.getFirst().reasons()).hasSize(3);
  }
}
