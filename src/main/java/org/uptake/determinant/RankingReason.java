package org.uptake.determinant;

/**
 * Why a strategy ranks for a barrier: the barrier's tag it addresses and how closely.
 *
 * @param match how the strategy's code meets the barrier's tag
 * @param barrierTag the barrier's tag, for example {@code cfir.c10}
 * @param strategyTag the strategy's code that meets it, for example {@code cfir.c10c}
 */
public record RankingReason(Match match, String barrierTag, String strategyTag) {

  /** How a strategy's code meets a barrier's tag, strongest first, with its weight. */
  public enum Match {
    /** The same CFIR construct or sub-construct, or a construct and one of its sub-constructs. */
    CFIR_CONSTRUCT(6),
    /** The same NPT practice. */
    NPT_PRACTICE(5),
    /** The same factor. */
    FACTOR(3),
    /** The same NPT component, or a practice of the component. */
    NPT_COMPONENT(2),
    /** Another construct of the same CFIR domain. */
    CFIR_DOMAIN(1);

    private final int weight;

    Match(int weight) {
      this.weight = weight;
    }

    public int weight() {
      return weight;
    }

    public String messageKey() {
      return "strategy.reason." + name();
    }
  }
}
