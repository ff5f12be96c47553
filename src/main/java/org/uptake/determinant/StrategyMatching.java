package org.uptake.determinant;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.framework.Frameworks;
import org.uptake.implementation.ImplementationId;

/** The catalogue's strategies ranked for one determinant of the register, with their reasons. */
@Service
public class StrategyMatching {

  private final Determinants determinants;
  private final Frameworks frameworks;
  private final StrategyRanking ranking;

  StrategyMatching(Determinants determinants, Frameworks frameworks) {
    this.determinants = determinants;
    this.frameworks = frameworks;
    this.ranking = new StrategyRanking(frameworks::entry);
  }

  /**
   * The strategies that address the determinant's tags, best first.
   *
   * @throws org.uptake.platform.NotFoundException for a determinant not in the implementation
   */
  @PreAuthorize(Determinants.READERS)
  @Transactional(readOnly = true)
  public List<RankedStrategy> rank(ImplementationId implementation, DeterminantId id) {
    Determinant determinant = determinants.get(implementation, id);
    return ranking.rank(determinant.details().tags(), frameworks.strategies());
  }
}
