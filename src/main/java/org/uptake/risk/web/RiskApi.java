package org.uptake.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.implementation.ImplementationId;
import org.uptake.risk.Risk;
import org.uptake.risk.Risks;

@RestController
@RequestMapping("/api/implementations/{id}/risks")
@Tag(name = "Risk register", description = "The safety and equity risks of an implementation")
class RiskApi {

  record RiskJson(
      UUID id,
      String description,
      List<String> affects,
      @Nullable String affectsOther,
      int likelihood,
      int impact,
      int score,
      String band,
      String status,
      List<UUID> mitigations) {

    static RiskJson of(Risk risk) {
      return new RiskJson(
          risk.id().value(),
          risk.details().description(),
          risk.details().affects().stream().map(Enum::name).sorted().toList(),
          risk.details().affectsOther(),
          risk.details().likelihood(),
          risk.details().impact(),
          risk.details().score(),
          risk.details().band(),
          risk.details().status().name(),
          risk.mitigations().stream().map(action -> action.id().value()).toList());
    }
  }

  private final Risks risks;

  RiskApi(Risks risks) {
    this.risks = risks;
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  @Operation(
      summary = "List an implementation's safety and equity risks",
      description =
          "Closed risks last, otherwise the highest score (likelihood × impact, each 1–5) first. affects holds"
              + " LOW_DIGITAL_SKILLS, LANGUAGE, DISABILITY, AGE, DEVICE_SKIN_TONE or OTHER; band is"
              + " low, medium or high; status is OPEN, MITIGATED, ACCEPTED or CLOSED; mitigations are"
              + " the ids of the actions of the plan (GET /api/implementations/{id}/actions) that"
              + " answer the risk. 404 if the implementation is not in the caller's organisation.")
  List<RiskJson> list(@PathVariable UUID id) {
    return risks.list(new ImplementationId(id)).stream().map(RiskJson::of).toList();
  }
}
