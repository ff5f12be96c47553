package org.uptake.determinant;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.uptake.access.AccountId;

/**
 * What a lead enters for an action; the owner is checked by {@link Actions#create}, so that an
 * action without one gets a clear answer rather than a null pointer.
 *
 * @param strategyCode the catalogue strategy it carries out, or null for a free-text action
 * @param measure what should move if it works: a survey construct code or an adoption metric
 * @param risk the risk of the risk register it mitigates, or null
 */
public record NewAction(
    String title,
    @Nullable String strategyCode,
    @Nullable AccountId owner,
    Set<AccountId> consulted,
    Set<AccountId> informed,
    @Nullable LocalDate dueDate,
    @Nullable String measure,
    Set<DeterminantId> determinants,
    @Nullable UUID risk) {

  public NewAction {
    consulted = Set.copyOf(consulted);
    informed = Set.copyOf(informed);
    determinants = Set.copyOf(determinants);
  }
}
