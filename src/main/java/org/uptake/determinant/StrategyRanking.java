package org.uptake.determinant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.uptake.framework.FrameworkEntry;
import org.uptake.framework.Strategy;

/**
 * Ranks the strategies of the catalogue for one barrier by how closely they address its tags. Each
 * tag of the barrier counts once, by the strongest way a strategy meets it: the same CFIR construct
 * (or a construct and its sub-construct) weighs most, then the same NPT practice, the same factor,
 * the same NPT component, and last another construct of the same CFIR domain. Ties go to the
 * strategy that takes less effort, then to catalogue order. Strategies that meet no tag are left
 * out. Pure Java.
 */
public final class StrategyRanking {

  private final Function<String, Optional<FrameworkEntry>> entries;

  /** Ranks with the given framework entries, such as {@code frameworks::entry}. */
  public StrategyRanking(Function<String, Optional<FrameworkEntry>> entries) {
    this.entries = entries;
  }

  public List<RankedStrategy> rank(Collection<String> barrierTags, List<Strategy> strategies) {
    List<String> tags = barrierTags.stream().sorted().toList();
    List<RankedStrategy> ranked = new ArrayList<>();
    for (Strategy strategy : strategies) {
      List<RankingReason> reasons = new ArrayList<>();
      for (String tag : tags) {
        RankingReason best = null;
        for (String address : strategy.addresses()) {
          RankingReason.Match match = match(tag, address);
          if (match != null && (best == null || match.weight() > best.match().weight())) {
            best = new RankingReason(match, tag, address);
          }
        }
        if (best != null) {
          reasons.add(best);
        }
      }
      if (!reasons.isEmpty()) {
        reasons.sort(Comparator.comparingInt((RankingReason r) -> -r.match().weight()));
        int score = reasons.stream().mapToInt(reason -> reason.match().weight()).sum();
        ranked.add(new RankedStrategy(strategy, score, reasons));
      }
    }
    ranked.sort(
        Comparator.comparingInt((RankedStrategy r) -> -r.score())
            .thenComparing(r -> r.strategy().effort()));
    return List.copyOf(ranked);
  }

  private RankingReason.@Nullable Match match(String tag, String address) {
    FrameworkEntry barrier = entries.apply(tag).orElse(null);
    FrameworkEntry addressed = entries.apply(address).orElse(null);
    if (barrier == null || addressed == null) {
      return null;
    }
    String catalogue = barrier.catalogue();
    if (!catalogue.equals(addressed.catalogue())) {
      return null;
    }
    return switch (catalogue) {
      case "cfir" -> cfir(barrier, addressed);
      case "npt" -> npt(barrier, addressed);
      case "factor" -> tag.equals(address) ? RankingReason.Match.FACTOR : null;
      default -> null;
    };
  }

  private RankingReason.@Nullable Match cfir(FrameworkEntry barrier, FrameworkEntry addressed) {
    String barrierConstruct = construct(barrier);
    String addressedConstruct = construct(addressed);
    if (barrierConstruct == null || addressedConstruct == null) {
      return null;
    }
    if (barrierConstruct.equals(addressedConstruct)) {
      boolean bothSub =
          barrier.level().equals("subconstruct") && addressed.level().equals("subconstruct");
      // Two different sub-constructs of one construct (say, C4a and C4d) are only as close as
      // their domain.
      return bothSub && !barrier.code().equals(addressed.code())
          ? RankingReason.Match.CFIR_DOMAIN
          : RankingReason.Match.CFIR_CONSTRUCT;
    }
    return domain(barrierConstruct).equals(domain(addressedConstruct))
        ? RankingReason.Match.CFIR_DOMAIN
        : null;
  }

  private static RankingReason.@Nullable Match npt(
      FrameworkEntry barrier, FrameworkEntry addressed) {
    if (barrier.code().equals(addressed.code())) {
      return barrier.level().equals("practice")
          ? RankingReason.Match.NPT_PRACTICE
          : RankingReason.Match.NPT_COMPONENT;
    }
    return component(barrier).equals(component(addressed))
        ? RankingReason.Match.NPT_COMPONENT
        : null;
  }

  /** The construct an entry is or sits under; null for a domain. */
  private @Nullable String construct(FrameworkEntry entry) {
    return switch (entry.level()) {
      case "construct" -> entry.code();
      case "subconstruct" -> entry.parent();
      default -> null;
    };
  }

  private String domain(String construct) {
    return entries.apply(construct).map(FrameworkEntry::parent).orElse("");
  }

  private static String component(FrameworkEntry entry) {
    String parent = entry.parent();
    return entry.level().equals("practice") && parent != null ? parent : entry.code();
  }
}
