package org.uptake.usage.web;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.UnitPlan;
import org.uptake.organisation.UnitId;
import org.uptake.usage.FollowUp;
import org.uptake.usage.FollowUpFilter;
import org.uptake.usage.FollowUpId;
import org.uptake.usage.FollowUpOutcome;
import org.uptake.usage.FollowUpRun;
import org.uptake.usage.FollowUps;
import org.uptake.usage.LapseKind;

/**
 * Who needs a visit, a tab of the rollout: champions and managers work through the follow-ups of
 * their units and record outcomes; leads set N, run the check now and read the counts.
 */
@Controller
class FollowUpController {

  private final Implementations implementations;
  private final FollowUps followUps;

  FollowUpController(Implementations implementations, FollowUps followUps) {
    this.implementations = implementations;
    this.followUps = followUps;
  }

  @GetMapping("/implementations/{id}/follow-ups")
  @PreAuthorize(FollowUps.READERS)
  String page(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable UUID unit,
      @RequestParam(required = false) @Nullable LapseKind kind,
      @RequestParam(required = false) @Nullable String status,
      Model model) {
    ImplementationId implementation = new ImplementationId(id);
    if (!model.containsAttribute("settings")) {
      model.addAttribute("settings", FollowUpSettingsForm.of(followUps.settings(implementation)));
    }
    return page(implementation, unit, kind, status, model);
  }

  @PostMapping("/implementations/{id}/follow-ups/settings")
  @PreAuthorize(FollowUps.PLANNERS)
  String saveSettings(
      @PathVariable UUID id,
      @Valid @ModelAttribute("settings") FollowUpSettingsForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    ImplementationId implementation = new ImplementationId(id);
    implementations.requireExists(implementation);
    if (errors.hasErrors()) {
      model.addAttribute("error", "validation.summary");
      return page(implementation, null, null, null, model);
    }
    followUps.saveSettings(implementation, form.settings());
    redirect.addFlashAttribute("message", "followup.settings.saved");
    return "redirect:/implementations/" + id + "/follow-ups";
  }

  @PostMapping("/implementations/{id}/follow-ups/check")
  @PreAuthorize(FollowUps.PLANNERS)
  String check(@PathVariable UUID id, RedirectAttributes redirect) {
    FollowUpRun run = followUps.checkNow(new ImplementationId(id));
    redirect.addFlashAttribute("message", "followup.checked");
    redirect.addFlashAttribute("run", run);
    return "redirect:/implementations/" + id + "/follow-ups";
  }

  @PostMapping("/follow-ups/{id}/outcome")
  @PreAuthorize(FollowUps.VISITORS)
  String outcome(
      @PathVariable UUID id,
      @Valid @ModelAttribute FollowUpOutcomeForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    FollowUp followUp = followUps.get(new FollowUpId(id));
    String back =
        "redirect:/implementations/" + followUp.implementation() + "/follow-ups#follow-up-" + id;
    if (errors.hasErrors() || form.outcome() == null) {
      redirect.addFlashAttribute("error", "followup.validation.outcome-row");
      return back;
    }
    followUps.recordOutcome(followUp.id(), form.outcome(), form.note());
    redirect.addFlashAttribute("message", "followup.outcome.saved");
    return back;
  }

  private String page(
      ImplementationId id,
      @Nullable UUID unit,
      @Nullable LapseKind kind,
      @Nullable String status,
      Model model) {
    Implementation implementation = implementations.get(id);
    Set<UnitId> mine = followUps.myUnits();
    Boolean closed =
        "open".equals(status) ? Boolean.FALSE : "closed".equals(status) ? Boolean.TRUE : null;
    List<FollowUp> list =
        followUps.list(
            id, new FollowUpFilter(unit == null ? null : new UnitId(unit), kind, closed));
    model.addAttribute("implementation", implementation);
    model.addAttribute("open", list.stream().filter(f -> !f.status().closed()).toList());
    model.addAttribute("closed", list.stream().filter(f -> f.status().closed()).toList());
    model.addAttribute("counts", followUps.counts(id));
    model.addAttribute(
        "units",
        implementation.units().stream()
            .filter(plan -> mine.contains(plan.unit()))
            .sorted(Comparator.comparing(UnitPlan::unitName))
            .toList());
    model.addAttribute(
        "unitNames",
        implementation.units().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    plan -> plan.unit().value().toString(), UnitPlan::unitName)));
    model.addAttribute("visitor", !mine.isEmpty());
    model.addAttribute("planner", CurrentUser.require().hasAny(Role.ADMIN, Role.LEAD));
    model.addAttribute("kinds", LapseKind.values());
    model.addAttribute("outcomes", FollowUpOutcome.values());
    model.addAttribute("unit", unit);
    model.addAttribute("kind", kind);
    model.addAttribute("status", status == null ? "" : status);
    return "usage/follow-ups";
  }
}
