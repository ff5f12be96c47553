package org.uptake.usage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.implementation.ImplementationId;
import org.uptake.organisation.UnitId;
import org.uptake.usage.FollowUp;
import org.uptake.usage.FollowUpCount;
import org.uptake.usage.FollowUpFilter;
import org.uptake.usage.FollowUpId;
import org.uptake.usage.FollowUpOutcome;
import org.uptake.usage.FollowUpSettings;
import org.uptake.usage.FollowUps;
import org.uptake.usage.LapseKind;

@RestController
@Tag(
    name = "Follow-ups",
    description =
        "People who never started or who stopped using the service, for their unit's tech champion")
class FollowUpApi {

  record FollowUpJson(
      UUID id,
      UUID unit,
      UUID staff,
      String person,
      String kind,
      LocalDate since,
      LocalDate openedOn,
      String routedTo,
      String status,
      @Nullable LocalDate usedAgainOn,
      @Nullable String outcome,
      @Nullable String note) {

    static FollowUpJson of(FollowUp f) {
      return new FollowUpJson(
          f.id().value(),
          f.unit().value(),
          f.staff().value(),
          f.personName(),
          f.kind().name(),
          f.since(),
          f.openedOn(),
          f.route().name(),
          f.status().name(),
          f.usedAgainOn(),
          f.outcome() == null ? null : f.outcome().name(),
          f.note());
    }
  }

  record CountJson(
      UUID unit,
      String unitName,
      String kind,
      int open,
      int resolvedByUse,
      int learned,
      int needsTraining,
      int noUseInRole,
      int other) {

    static CountJson of(FollowUpCount c) {
      return new CountJson(
          c.unit().value(),
          c.unitName(),
          c.kind().name(),
          c.open(),
          c.resolvedByUse(),
          c.learned(),
          c.needsTraining(),
          c.noUseInRole(),
          c.other());
    }
  }

  record FollowUpsJson(
      FollowUpSettings settings, List<CountJson> counts, List<FollowUpJson> followUps) {}

  record OutcomeJson(@Nullable FollowUpOutcome outcome, @Nullable String note) {}

  private final FollowUps followUps;

  FollowUpApi(FollowUps followUps) {
    this.followUps = followUps;
  }

  @GetMapping("/api/implementations/{id}/follow-ups")
  @PreAuthorize(FollowUps.READERS)
  @Operation(
      summary = "List an implementation's follow-ups of lapsed users",
      description =
          "settings: N in days for never started and for stopped. counts: per unit and kind, how"
              + " many follow-ups are open, resolved by use (the person used the service again) or"
              + " ended with each outcome; all units for admins and leads, the caller's units for"
              + " champions and managers. followUps: only those of the units the caller champions or"
              + " manages (empty for everyone else), open ones first. kind is NEVER_STARTED or"
              + " STOPPED; status OPEN, RESOLVED_BY_USE or DONE; outcome LEARNED, NEEDS_TRAINING,"
              + " NO_USE_IN_ROLE or OTHER; routedTo CHAMPION, MANAGER (the unit has no champion)"
              + " or NOBODY. Filters: unit, kind, closed (true/false). 404 if the implementation is"
              + " not in the caller's organisation.")
  FollowUpsJson list(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable UUID unit,
      @RequestParam(required = false) @Nullable LapseKind kind,
      @RequestParam(required = false) @Nullable Boolean closed) {
    ImplementationId implementation = new ImplementationId(id);
    return new FollowUpsJson(
        followUps.settings(implementation),
        followUps.counts(implementation).stream().map(CountJson::of).toList(),
        followUps
            .list(
                implementation,
                new FollowUpFilter(unit == null ? null : new UnitId(unit), kind, closed))
            .stream()
            .map(FollowUpJson::of)
            .toList());
  }

  @PostMapping("/api/follow-ups/{id}/outcome")
  @PreAuthorize(FollowUps.VISITORS)
  @Operation(
      summary = "Record the outcome of a follow-up",
      description =
          "Body: {\"outcome\": \"LEARNED\" | \"NEEDS_TRAINING\" | \"NO_USE_IN_ROLE\" | \"OTHER\","
              + " \"note\": optional text, at most 2000 characters}. For the champions and managers"
              + " of the person's unit; 404 for anyone else and for another organisation's"
              + " follow-up. An open follow-up becomes DONE; the outcome can be recorded again to"
              + " correct it. Returns the follow-up.")
  FollowUpJson outcome(@PathVariable UUID id, @RequestBody OutcomeJson body) {
    if (body.outcome() == null) {
      throw new IllegalArgumentException("outcome is required");
    }
    return FollowUpJson.of(
        followUps.recordOutcome(new FollowUpId(id), body.outcome(), body.note()));
  }
}
