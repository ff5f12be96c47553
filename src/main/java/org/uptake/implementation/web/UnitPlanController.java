package org.uptake.implementation.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.uptake.access.AccountId;
import org.uptake.access.AccountSummary;
import org.uptake.access.Accounts;
import org.uptake.access.CurrentUser;
import org.uptake.implementation.Activity;
import org.uptake.implementation.GateCriterionId;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.PlanRuleException;
import org.uptake.implementation.Responsibilities;
import org.uptake.implementation.UnitPlan;
import org.uptake.implementation.UnitPlans;
import org.uptake.organisation.UnitId;

/**
 * One unit's plan in an implementation: its phases, the start and end of each as they happen, the
 * go-live gate and the person answering for the unit. A refused change comes back to the page with
 * the reason.
 */
@Controller
class UnitPlanController {

  private final Implementations implementations;
  private final UnitPlans plans;
  private final Responsibilities responsibilities;
  private final Accounts accounts;
  private final Refusals refusals;

  UnitPlanController(
      Implementations implementations,
      UnitPlans plans,
      Responsibilities responsibilities,
      Accounts accounts,
      Refusals refusals) {
    this.implementations = implementations;
    this.plans = plans;
    this.responsibilities = responsibilities;
    this.accounts = accounts;
    this.refusals = refusals;
  }

  @GetMapping("/implementations/{id}/units/{unitId}")
  @PreAuthorize("isAuthenticated()")
  String show(@PathVariable UUID id, @PathVariable UUID unitId, Model model) {
    ImplementationId implementation = new ImplementationId(id);
    UnitPlan plan = plans.get(implementation, new UnitId(unitId));
    model.addAttribute("implementation", implementations.get(implementation));
    model.addAttribute("plan", plan);
    model.addAttribute("today", plans.today());
    List<Activity> activities =
        responsibilities.list(implementation).stream()
            .filter(activity -> plan.unit().equals(activity.unit()))
            .toList();
    model.addAttribute("activities", activities);
    model.addAttribute("people", accounts.list().stream().filter(AccountSummary::enabled).toList());
    return "implementation/unit";
  }

  @GetMapping("/implementations/{id}/units/{unitId}/phases/{phase}/edit")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String phaseForm(
      @PathVariable UUID id,
      @PathVariable UUID unitId,
      @PathVariable PhaseName phase,
      Model model) {
    UnitPlan plan = plans.get(new ImplementationId(id), new UnitId(unitId));
    model.addAttribute("form", PhaseForm.of(plan.phase(phase)));
    return phasePage(id, plan, phase, model);
  }

  @PostMapping("/implementations/{id}/units/{unitId}/phases/{phase}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String changePhase(
      @PathVariable UUID id,
      @PathVariable UUID unitId,
      @PathVariable PhaseName phase,
      @Valid @ModelAttribute("form") PhaseForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    ImplementationId implementation = new ImplementationId(id);
    UnitPlan plan = plans.get(implementation, new UnitId(unitId));
    form.check(errors);
    if (!errors.hasErrors()) {
      try {
        plans.changePhase(
            implementation,
            plan.unit(),
            phase,
            form.planned(),
            form.getActualStart(),
            form.getActualEnd());
        redirect.addFlashAttribute("message", "phase.saved");
        return "redirect:/implementations/" + id + "/units/" + unitId;
      } catch (PlanRuleException refusal) {
        refusals.reject(refusal, errors, locale);
      }
    }
    return phasePage(id, plan, phase, model);
  }

  @PostMapping("/implementations/{id}/units/{unitId}/phases/{phase}/start")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String start(
      @PathVariable UUID id,
      @PathVariable UUID unitId,
      @PathVariable PhaseName phase,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate on,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id,
        unitId,
        locale,
        redirect,
        "phase.started",
        () ->
            plans.startPhase(
                new ImplementationId(id),
                new UnitId(unitId),
                phase,
                on == null ? plans.today() : on));
  }

  @PostMapping("/implementations/{id}/units/{unitId}/phases/{phase}/finish")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String finish(
      @PathVariable UUID id,
      @PathVariable UUID unitId,
      @PathVariable PhaseName phase,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate on,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id,
        unitId,
        locale,
        redirect,
        "phase.finished",
        () ->
            plans.finishPhase(
                new ImplementationId(id),
                new UnitId(unitId),
                phase,
                on == null ? plans.today() : on));
  }

  @PostMapping("/implementations/{id}/units/{unitId}/owner")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String owner(
      @PathVariable UUID id,
      @PathVariable UUID unitId,
      @RequestParam(required = false) @Nullable UUID owner,
      Locale locale,
      RedirectAttributes redirect) {
    return act(
        id,
        unitId,
        locale,
        redirect,
        "implementation.unit.owner-saved",
        () ->
            plans.setOwner(
                new ImplementationId(id),
                new UnitId(unitId),
                owner == null ? null : new AccountId(owner)));
  }

  @PostMapping("/implementations/{id}/units/{unitId}/criteria")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String addCriterion(
      @PathVariable UUID id,
      @PathVariable UUID unitId,
      @RequestParam(required = false) @Nullable String text,
      Locale locale,
      RedirectAttributes redirect) {
    ImplementationId implementation = new ImplementationId(id);
    plans.get(implementation, new UnitId(unitId));
    if (text == null || text.isBlank() || text.length() > 500) {
      redirect.addFlashAttribute("error", "gate.text-required");
      return "redirect:/implementations/" + id + "/units/" + unitId + "#gate";
    }
    return act(
        id,
        unitId,
        locale,
        redirect,
        "gate.added",
        () -> plans.addCriterion(implementation, new UnitId(unitId), text));
  }

  @PostMapping("/implementations/{id}/units/{unitId}/criteria/{criterionId}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String confirm(
      @PathVariable UUID id,
      @PathVariable UUID unitId,
      @PathVariable UUID criterionId,
      @RequestParam boolean met,
      @RequestParam(required = false) @Nullable UUID confirmedBy,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate confirmedOn,
      Locale locale,
      RedirectAttributes redirect) {
    ImplementationId implementation = new ImplementationId(id);
    UnitId unit = new UnitId(unitId);
    GateCriterionId criterion = new GateCriterionId(criterionId);
    AccountId confirmer =
        confirmedBy == null ? CurrentUser.require().accountId() : new AccountId(confirmedBy);
    return act(
        id,
        unitId,
        locale,
        redirect,
        met ? "gate.confirmed" : "gate.withdrawn",
        () -> {
          if (met) {
            plans.confirmCriterion(
                implementation,
                unit,
                criterion,
                confirmer,
                confirmedOn == null ? plans.today() : confirmedOn);
          } else {
            plans.withdrawCriterion(implementation, unit, criterion);
          }
        });
  }

  private String act(
      UUID id,
      UUID unitId,
      Locale locale,
      RedirectAttributes redirect,
      String done,
      Runnable change) {
    try {
      change.run();
      redirect.addFlashAttribute("message", done);
    } catch (PlanRuleException refusal) {
      redirect.addFlashAttribute("refusal", refusals.text(refusal, locale));
    }
    return "redirect:/implementations/" + id + "/units/" + unitId;
  }

  private String phasePage(UUID id, UnitPlan plan, PhaseName phase, Model model) {
    model.addAttribute("implementation", implementations.get(new ImplementationId(id)));
    model.addAttribute("plan", plan);
    model.addAttribute("phase", phase);
    model.addAttribute("today", plans.today());
    return "implementation/phase-form";
  }
}
