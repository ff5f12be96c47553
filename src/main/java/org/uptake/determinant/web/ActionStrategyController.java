package org.uptake.determinant.web;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.determinant.DeterminantId;
import org.uptake.determinant.Determinants;
import org.uptake.determinant.StrategyMatching;
import org.uptake.framework.Frameworks;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;

/** The strategies ranked for one barrier, from which the lead chooses one to become an action. */
@Controller
class ActionStrategyController {

  private final Implementations implementations;
  private final Determinants determinants;
  private final StrategyMatching matching;
  private final Frameworks frameworks;

  ActionStrategyController(
      Implementations implementations,
      Determinants determinants,
      StrategyMatching matching,
      Frameworks frameworks) {
    this.implementations = implementations;
    this.determinants = determinants;
    this.matching = matching;
    this.frameworks = frameworks;
  }

  @GetMapping("/implementations/{id}/determinants/{determinantId}/strategies")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  String strategies(@PathVariable UUID id, @PathVariable UUID determinantId, Model model) {
    ImplementationId implementation = new ImplementationId(id);
    DeterminantId determinant = new DeterminantId(determinantId);
    model.addAttribute("implementation", implementations.get(implementation));
    model.addAttribute("determinant", determinants.get(implementation, determinant));
    model.addAttribute("ranked", matching.rank(implementation, determinant));
    model.addAttribute("frameworks", frameworks);
    model.addAttribute(
        "canPlan",
        CurrentUser.find().map(user -> user.hasAny(Role.ADMIN, Role.LEAD)).orElse(false));
    return "determinant/action-strategies";
  }
}
