package org.uptake.framework.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.uptake.framework.Frameworks;

/** The strategy catalogue, with the framework entries each strategy addresses. */
@Controller
@PreAuthorize("isAuthenticated()")
class StrategyController {

  private final Frameworks frameworks;

  StrategyController(Frameworks frameworks) {
    this.frameworks = frameworks;
  }

  @GetMapping("/frameworks/strategies")
  String list(Model model) {
    model.addAttribute("strategies", frameworks.strategies());
    model.addAttribute("frameworks", frameworks);
    return "framework/strategies";
  }
}
