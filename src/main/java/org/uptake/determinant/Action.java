package org.uptake.determinant;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.uptake.access.AccountId;

/**
 * An action of the plan as people see it, with names of the people involved.
 *
 * @param overdue whether it is still open after its due date
 */
public record Action(
    ActionId id,
    String title,
    @Nullable String strategyCode,
    AccountId owner,
    String ownerName,
    List<String> consulted,
    List<String> informed,
    @Nullable LocalDate dueDate,
    ActionStatus status,
    @Nullable String measure,
    List<DeterminantId> determinants,
    @Nullable UUID risk,
    boolean overdue) {

  public Action {
    consulted = List.copyOf(consulted);
    informed = List.copyOf(informed);
    determinants = List.copyOf(determinants);
  }

  /** Whether it is overdue on the given day: open and past its due date. */
  public static boolean overdue(ActionStatus status, @Nullable LocalDate due, LocalDate today) {
    return status.open() && due != null && due.isBefore(today);
  }
}
