package org.uptake.implementation.web;

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
import org.uptake.implementation.DigitalService;
import org.uptake.implementation.Feature;
import org.uptake.implementation.GateCriterion;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.ImplementationSummary;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.Phase;
import org.uptake.implementation.UnitPlan;
import org.uptake.implementation.UnitPlans;

@RestController
@RequestMapping("/api")
@Tag(
    name = "Implementation",
    description = "Implementations of digital services, with the phases of every unit")
class ImplementationApi {

  record SummaryJson(
      UUID id,
      String name,
      String service,
      String status,
      @Nullable LocalDate startDate,
      int units,
      int liveUnits) {
    static SummaryJson of(ImplementationSummary summary) {
      return new SummaryJson(
          summary.id().value(),
          summary.name(),
          summary.serviceName(),
          summary.status().name(),
          summary.startDate(),
          summary.units(),
          summary.liveUnits());
    }
  }

  record FeatureJson(String name, @Nullable String description) {
    static FeatureJson of(Feature feature) {
      return new FeatureJson(feature.name(), feature.description());
    }
  }

  record ServiceJson(
      UUID id,
      String name,
      @Nullable String supplier,
      @Nullable String description,
      List<FeatureJson> features) {
    static ServiceJson of(DigitalService service) {
      return new ServiceJson(
          service.id().value(),
          service.name(),
          service.supplier(),
          service.description(),
          service.features().stream().map(FeatureJson::of).toList());
    }
  }

  record PhaseJson(
      String phase,
      String status,
      @Nullable LocalDate plannedStart,
      @Nullable LocalDate plannedEnd,
      @Nullable LocalDate actualStart,
      @Nullable LocalDate actualEnd) {
    static PhaseJson of(Phase phase, LocalDate today) {
      return new PhaseJson(
          phase.name().name(),
          phase.status(today).name(),
          phase.plannedStart(),
          phase.plannedEnd(),
          phase.actualStart(),
          phase.actualEnd());
    }
  }

  record CriterionJson(
      UUID id,
      String text,
      boolean met,
      @Nullable UUID confirmedBy,
      @Nullable LocalDate confirmedOn) {
    static CriterionJson of(GateCriterion criterion) {
      return new CriterionJson(
          criterion.id().value(),
          criterion.text(),
          criterion.met(),
          criterion.confirmedBy() == null ? null : criterion.confirmedBy().id().value(),
          criterion.confirmedOn());
    }
  }

  record UnitJson(
      UUID unitId,
      String unitName,
      @Nullable UUID ownerId,
      boolean readyToGoLive,
      List<PhaseJson> phases,
      List<CriterionJson> gate) {
    static UnitJson of(UnitPlan plan, LocalDate today) {
      return new UnitJson(
          plan.unit().value(),
          plan.unitName(),
          plan.owner() == null ? null : plan.owner().id().value(),
          plan.readyToGoLive(),
          plan.phases().stream().map(phase -> PhaseJson.of(phase, today)).toList(),
          plan.gate().stream().map(CriterionJson::of).toList());
    }
  }

  record ImplementationJson(
      UUID id,
      String name,
      @Nullable String goal,
      String status,
      @Nullable LocalDate startDate,
      ServiceJson service,
      List<UnitJson> units) {
    static ImplementationJson of(Implementation implementation, LocalDate today) {
      return new ImplementationJson(
          implementation.id().value(),
          implementation.name(),
          implementation.goal(),
          implementation.status().name(),
          implementation.startDate(),
          ServiceJson.of(implementation.service()),
          implementation.units().stream().map(unit -> UnitJson.of(unit, today)).toList());
    }
  }

  private final Implementations implementations;
  private final UnitPlans plans;

  ImplementationApi(Implementations implementations, UnitPlans plans) {
    this.implementations = implementations;
    this.plans = plans;
  }

  @GetMapping("/implementations")
  @PreAuthorize("isAuthenticated()")
  @Operation(
      summary = "List implementations",
      description = "Those under way first, with unit and go-live counts.")
  List<SummaryJson> list() {
    return implementations.list().stream().map(SummaryJson::of).toList();
  }

  @GetMapping("/implementations/{id}")
  @PreAuthorize("isAuthenticated()")
  @Operation(
      summary = "One implementation with its service and every unit's phases and gate criteria",
      description =
          "Phase status is PLANNED, LATE, IN_PROGRESS, DONE or NOT_PLANNED as of today. 404 if the implementation"
              + " does not exist in the caller's organisation.")
  ImplementationJson get(@PathVariable UUID id) {
    return ImplementationJson.of(implementations.get(new ImplementationId(id)), plans.today());
  }
}
