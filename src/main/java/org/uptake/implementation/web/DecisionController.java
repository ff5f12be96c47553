package org.uptake.implementation.web;

import jakarta.validation.Valid;
import java.util.Locale;
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
import org.uptake.access.AccountSummary;
import org.uptake.access.Accounts;
import org.uptake.access.CurrentUser;
import org.uptake.implementation.Activity;
import org.uptake.implementation.ActivityId;
import org.uptake.implementation.DecisionId;
import org.uptake.implementation.DecisionLog;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.PlanRuleException;
import org.uptake.implementation.Responsibilities;
import org.uptake.implementation.UnitPlans;

/** The decision log of an implementation: what was decided, by whom, when and why. */
@Controller
class DecisionController {

  private final Implementations implementations;
  private final DecisionLog decisions;
  private final Responsibilities responsibilities;
  private final UnitPlans plans;
  private final Accounts accounts;
  private final Refusals refusals;

  DecisionController(
      Implementations implementations,
      DecisionLog decisions,
      Responsibilities responsibilities,
      UnitPlans plans,
      Accounts accounts,
      Refusals refusals) {
    this.implementations = implementations;
    this.decisions = decisions;
    this.responsibilities = responsibilities;
    this.plans = plans;
    this.accounts = accounts;
    this.refusals = refusals;
  }

  @GetMapping("/implementations/{id}/decisions")
  @PreAuthorize("isAuthenticated()")
  String list(@PathVariable UUID id, Model model) {
    ImplementationId implementation = new ImplementationId(id);
    model.addAttribute("implementation", implementations.get(implementation));
    model.addAttribute("decisions", decisions.list(implementation));
    return "implementation/decisions";
  }

  @GetMapping("/implementations/{id}/decisions/new")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String newForm(
      @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID activity, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    DecisionForm form = new DecisionForm();
    form.setDecidedOn(plans.today());
    form.setDecidedBy(CurrentUser.require().accountId().value());
    if (activity != null) {
      Activity chosen = responsibilities.get(implementation.id(), new ActivityId(activity));
      form.setActivityId(activity);
      form.setDecidedBy(chosen.accountable().id().value());
    }
    model.addAttribute("form", form);
    return page(implementation, null, model);
  }

  @PostMapping("/implementations/{id}/decisions")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String create(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") DecisionForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    if (!errors.hasErrors()) {
      try {
        DecisionId decision = decisions.record(implementation.id(), form.details());
        redirect.addFlashAttribute("message", "decision-log.saved");
        return "redirect:/implementations/" + id + "/decisions#decision-" + decision;
      } catch (PlanRuleException refusal) {
        refusals.reject(refusal, errors, locale);
      }
    }
    return page(implementation, null, model);
  }

  @GetMapping("/implementations/{id}/decisions/{decisionId}/edit")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String editForm(@PathVariable UUID id, @PathVariable UUID decisionId, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    model.addAttribute(
        "form", DecisionForm.of(decisions.get(implementation.id(), new DecisionId(decisionId))));
    return page(implementation, decisionId, model);
  }

  @PostMapping("/implementations/{id}/decisions/{decisionId}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String update(
      @PathVariable UUID id,
      @PathVariable UUID decisionId,
      @Valid @ModelAttribute("form") DecisionForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    DecisionId decision = decisions.get(implementation.id(), new DecisionId(decisionId)).id();
    if (!errors.hasErrors()) {
      try {
        decisions.update(implementation.id(), decision, form.details());
        redirect.addFlashAttribute("message", "decision-log.saved");
        return "redirect:/implementations/" + id + "/decisions#decision-" + decision;
      } catch (PlanRuleException refusal) {
        refusals.reject(refusal, errors, locale);
      }
    }
    return page(implementation, decisionId, model);
  }

  private String page(Implementation implementation, @Nullable UUID decisionId, Model model) {
    model.addAttribute("implementation", implementation);
    model.addAttribute("decisionId", decisionId);
    model.addAttribute("people", accounts.list().stream().filter(AccountSummary::enabled).toList());
    model.addAttribute("activities", responsibilities.list(implementation.id()));
    model.addAttribute("today", plans.today());
    return "implementation/decision-form";
  }
}
