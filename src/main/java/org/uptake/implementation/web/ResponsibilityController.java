package org.uptake.implementation.web;

import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.access.AccountSummary;
import org.uptake.access.Accounts;
import org.uptake.implementation.ActivityId;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.PlanRuleException;
import org.uptake.implementation.RaciRole;
import org.uptake.implementation.Responsibilities;

/**
 * The RACI of an implementation: who decides, does, is consulted and is informed about each
 * activity.
 */
@Controller
class ResponsibilityController {

  private final Implementations implementations;
  private final Responsibilities responsibilities;
  private final Accounts accounts;
  private final Refusals refusals;

  ResponsibilityController(
      Implementations implementations,
      Responsibilities responsibilities,
      Accounts accounts,
      Refusals refusals) {
    this.implementations = implementations;
    this.responsibilities = responsibilities;
    this.accounts = accounts;
    this.refusals = refusals;
  }

  @GetMapping("/implementations/{id}/responsibilities")
  @PreAuthorize("isAuthenticated()")
  String list(@PathVariable UUID id, Model model) {
    ImplementationId implementation = new ImplementationId(id);
    model.addAttribute("implementation", implementations.get(implementation));
    model.addAttribute("activities", responsibilities.list(implementation));
    model.addAttribute("roles", RaciRole.values());
    return "implementation/responsibilities";
  }

  @GetMapping("/implementations/{id}/activities/new")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String newForm(@PathVariable UUID id, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    model.addAttribute("form", new ActivityForm());
    return page(implementation, null, model);
  }

  @PostMapping("/implementations/{id}/activities")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String create(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ActivityForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    if (!errors.hasErrors()) {
      try {
        ActivityId activity = responsibilities.create(implementation.id(), form.details());
        redirect.addFlashAttribute("message", "raci.saved");
        return "redirect:/implementations/" + id + "/responsibilities#activity-" + activity;
      } catch (PlanRuleException refusal) {
        refusals.reject(refusal, errors, locale);
      }
    }
    return page(implementation, null, model);
  }

  @GetMapping("/implementations/{id}/activities/{activityId}/edit")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String editForm(@PathVariable UUID id, @PathVariable UUID activityId, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    model.addAttribute(
        "form",
        ActivityForm.of(responsibilities.get(implementation.id(), new ActivityId(activityId))));
    return page(implementation, activityId, model);
  }

  @PostMapping("/implementations/{id}/activities/{activityId}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String update(
      @PathVariable UUID id,
      @PathVariable UUID activityId,
      @Valid @ModelAttribute("form") ActivityForm form,
      BindingResult errors,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    ActivityId activity =
        responsibilities.get(implementation.id(), new ActivityId(activityId)).id();
    if (!errors.hasErrors()) {
      try {
        responsibilities.update(implementation.id(), activity, form.details());
        redirect.addFlashAttribute("message", "raci.saved");
        return "redirect:/implementations/" + id + "/responsibilities#activity-" + activity;
      } catch (PlanRuleException refusal) {
        refusals.reject(refusal, errors, locale);
      }
    }
    return page(implementation, activityId, model);
  }

  private String page(Implementation implementation, @Nullable UUID activityId, Model model) {
    List<AccountSummary> people = accounts.list().stream().filter(AccountSummary::enabled).toList();
    model.addAttribute("implementation", implementation);
    model.addAttribute("activityId", activityId);
    model.addAttribute("people", people);
    model.addAttribute("phases", PhaseName.values());
    return "implementation/activity-form";
  }
}
