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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.access.AccountId;
import org.uptake.access.AccountSummary;
import org.uptake.access.Accounts;
import org.uptake.implementation.DigitalServiceId;
import org.uptake.implementation.DigitalServices;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.ImplementationStatus;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.UnitPlans;
import org.uptake.organisation.Unit;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;

/**
 * The list of implementations, starting one (with a new or known service), its overview and the
 * timeline.
 */
@Controller
class ImplementationController {

  private final Implementations implementations;
  private final DigitalServices services;
  private final UnitPlans plans;
  private final Units units;
  private final Accounts accounts;

  ImplementationController(
      Implementations implementations,
      DigitalServices services,
      UnitPlans plans,
      Units units,
      Accounts accounts) {
    this.implementations = implementations;
    this.services = services;
    this.plans = plans;
    this.units = units;
    this.accounts = accounts;
  }

  @GetMapping("/implementations")
  @PreAuthorize("isAuthenticated()")
  String list(Model model) {
    model.addAttribute("implementations", implementations.list());
    return "implementation/list";
  }

  @GetMapping("/implementations/new")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String newForm(Model model) {
    model.addAttribute("form", new NewImplementationForm());
    return newPage(model);
  }

  @PostMapping("/implementations")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String create(
      @Valid @ModelAttribute("form") NewImplementationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    form.check(errors);
    if (errors.hasErrors()) {
      return newPage(model);
    }
    ImplementationId id = implementations.create(form.command());
    redirect.addFlashAttribute("message", "implementation.saved");
    return "redirect:/implementations/" + id;
  }

  @GetMapping("/implementations/{id}")
  @PreAuthorize("isAuthenticated()")
  String show(@PathVariable UUID id, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    model.addAttribute("implementation", implementation);
    model.addAttribute("today", plans.today());
    List<Unit> others =
        units.list(false).stream().filter(unit -> !implementation.takesPart(unit.id())).toList();
    model.addAttribute("otherUnits", others);
    model.addAttribute("people", people());
    return "implementation/detail";
  }

  @GetMapping("/implementations/{id}/edit")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String editForm(@PathVariable UUID id, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    model.addAttribute("form", ImplementationForm.of(implementation));
    return editForm(implementation, model);
  }

  @PostMapping("/implementations/{id}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ImplementationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    if (errors.hasErrors()) {
      return editForm(implementation, model);
    }
    implementations.update(implementation.id(), form.details());
    redirect.addFlashAttribute("message", "implementation.saved");
    return "redirect:/implementations/" + id;
  }

  @PostMapping("/implementations/{id}/units")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String addUnit(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable UUID unitId,
      @RequestParam(required = false) @Nullable UUID owner,
      RedirectAttributes redirect) {
    ImplementationId implementation = new ImplementationId(id);
    implementations.get(implementation);
    if (unitId == null) {
      redirect.addFlashAttribute("error", "implementation.unit.choose");
      return "redirect:/implementations/" + id;
    }
    implementations.addUnit(
        implementation, new UnitId(unitId), owner == null ? null : new AccountId(owner));
    redirect.addFlashAttribute("message", "implementation.unit.added");
    return "redirect:/implementations/" + id + "/units/" + unitId;
  }

  @GetMapping("/implementations/{id}/timeline")
  @PreAuthorize("isAuthenticated()")
  String timeline(@PathVariable UUID id, Model model, Locale locale) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    model.addAttribute("implementation", implementation);
    model.addAttribute("today", plans.today());
    model.addAttribute("timeline", Timeline.of(implementation.units(), plans.today(), locale));
    model.addAttribute("chartWidth", Timeline.WIDTH);
    return "implementation/timeline";
  }

  @GetMapping("/implementations/services/{id}/edit")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String serviceForm(
      @PathVariable UUID id, @RequestParam(required = false) @Nullable UUID from, Model model) {
    model.addAttribute("form", DigitalServiceForm.of(services.get(new DigitalServiceId(id))));
    model.addAttribute("serviceId", id);
    model.addAttribute("from", from);
    return "implementation/service-form";
  }

  @PostMapping("/implementations/services/{id}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String updateService(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable UUID from,
      @Valid @ModelAttribute("form") DigitalServiceForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    DigitalServiceId service = services.get(new DigitalServiceId(id)).id();
    DigitalServiceForm.checkFeatures(form.getFeatures(), "features", errors);
    if (errors.hasErrors()) {
      form.padFeatures(form.getFeatures().size() + 1);
      model.addAttribute("serviceId", id);
      model.addAttribute("from", from);
      return "implementation/service-form";
    }
    services.update(service, form.details());
    redirect.addFlashAttribute("message", "digital-service.saved");
    return from == null ? "redirect:/implementations" : "redirect:/implementations/" + from;
  }

  private String newPage(Model model) {
    model.addAttribute("services", services.list());
    model.addAttribute("units", units.list(false));
    model.addAttribute("statuses", ImplementationStatus.values());
    return "implementation/new";
  }

  private String editForm(Implementation implementation, Model model) {
    model.addAttribute("implementation", implementation);
    model.addAttribute("statuses", ImplementationStatus.values());
    return "implementation/edit";
  }

  private List<AccountSummary> people() {
    return accounts.list().stream().filter(AccountSummary::enabled).toList();
  }
}
