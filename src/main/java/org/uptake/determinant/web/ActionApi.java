package org.uptake.determinant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.determinant.Action;
import org.uptake.determinant.Actions;
import org.uptake.determinant.DeterminantId;
import org.uptake.implementation.ImplementationId;

@RestController
@RequestMapping("/api/implementations/{id}/actions")
@Tag(name = "Action plan", description = "The actions of an implementation, with owners and status")
class ActionApi {

  record ActionJson(
      UUID id,
      String title,
      @Nullable String strategy,
      UUID owner,
      String ownerName,
      List<String> consulted,
      List<String> informed,
      @Nullable LocalDate dueDate,
      String status,
      boolean overdue,
      @Nullable String measure,
      List<UUID> determinants,
      @Nullable UUID risk) {

    static ActionJson of(Action action) {
      return new ActionJson(
          action.id().value(),
          action.title(),
          action.strategyCode(),
          action.owner().value(),
          action.ownerName(),
          action.consulted(),
          action.informed(),
          action.dueDate(),
          action.status().name(),
          action.overdue(),
          action.measure(),
          action.determinants().stream().map(DeterminantId::value).toList(),
          action.risk());
    }
  }

  private final Actions actions;

  ActionApi(Actions actions) {
    this.actions = actions;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  @Operation(
      summary = "List an implementation's action plan",
      description =
          "Open actions first by due date, then done and dropped ones. status is PLANNED, IN_PROGRESS,"
              + " DONE or DROPPED; overdue is true for an open action past its due date. strategy is a"
              + " code of the strategy catalogue, or null for a free-text action. 404 if the"
              + " implementation is not in the caller's organisation.")
  List<ActionJson> list(@PathVariable UUID id) {
    return actions.list(new ImplementationId(id)).stream().map(ActionJson::of).toList();
  }
}
