package org.uptake.usage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.implementation.ImplementationId;
import org.uptake.usage.Adoption;

@RestController
@Tag(name = "Adoption", description = "How the service is used, by unit and professional group")
class AdoptionApi {

  private final Adoption adoption;

  AdoptionApi(Adoption adoption) {
    this.adoption = adoption;
  }

  @GetMapping("/api/implementations/{id}/adoption")
  @PreAuthorize(AdoptionController.READERS)
  @Operation(
      summary = "The adoption dashboard's figures",
      description =
          "Counted from the daily usage rollups. staff: active staff of the units taking part whose"
              + " unit had gone live (at the end of the day or span); trained: those of them trained"
              + " for this rollout by then; active: those who used the service (on or after their"
              + " unit's go-live); activeTrained: active and trained. Percentages have one decimal and"
              + " are null when there is no one to divide by; small is true under 5 staff (counts are"
              + " shown, not suppressed). total/byUnit/byGroup give each ISO week (monday) and the"
              + " whole period. features: users of each of the service's features in the period,"
              + " among the staff live at its end (a log action matches a feature by name or slug,"
              + " ignoring case); otherActions: the log's other actions. cohorts: units by go-live"
              + " month, with the share active in weeks 1, 2, 4, 8 and 12 after go-live (reached: whose"
              + " week has ended). trainingToUse: days from first training to first use, quartiles."
              + " Managers and champions see only their units. 404 if the implementation is not in"
              + " the caller's organisation; 400 for an unknown group or a period that runs backwards"
              + " or is longer than 731 days.")
  AdoptionJson figures(
      @PathVariable UUID id,
      @Parameter(description = "unit ids (repeat for several); none: all units the caller may see")
          @RequestParam(name = "unit", required = false)
          @Nullable List<UUID> units,
      @Parameter(description = "professional groups, e.g. registered_nurse (repeat for several)")
          @RequestParam(name = "group", required = false)
          @Nullable List<String> groups,
      @Parameter(
              description =
                  "first day, ISO date; default: Monday 11 weeks before the last day's week")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @Parameter(description = "last day, ISO date; default: today")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to) {
    return AdoptionJson.of(
        adoption.figures(
            new ImplementationId(id), AdoptionRequest.filter(units, groups, from, to)));
  }
}
