package org.uptake.organisation.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.uptake.access.Accounts;
import org.uptake.organisation.DuplicateException;
import org.uptake.organisation.Staff;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.UnitManagers;
import org.uptake.organisation.Units;

@Controller
class UnitController {

  private final Units units;
  private final Staff staff;
  private final UnitManagers managers;
  private final Accounts accounts;

  UnitController(Units units, Staff staff, UnitManagers managers, Accounts accounts) {
    this.units = units;
    this.staff = staff;
    this.managers = managers;
    this.accounts = accounts;
  }

  @GetMapping("/units")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER')")
  String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
    model.addAttribute("units", units.list(all));
    model.addAttribute("all", all);
    return "organisation/units";
  }

  @GetMapping("/units/{id}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER')")
  String show(@PathVariable UUID id, Model model) {
    UnitId unit = new UnitId(id);
    model.addAttribute("unit", units.get(unit));
    model.addAttribute("staff", staff.list(new Staff.Filter(unit, null, false)));
    Set<AccountId> current = Set.copyOf(managers.of(unit));
    model.addAttribute(
        "managers", accounts.list().stream().filter(a -> current.contains(a.id())).toList());
    model.addAttribute("managerIds", current);
    return "organisation/unit";
  }

  @GetMapping("/units/{id}/managers")
  @PreAuthorize("hasRole('ADMIN')")
  String managersForm(@PathVariable UUID id, Model model) {
    UnitId unit = new UnitId(id);
    model.addAttribute("unit", units.get(unit));
    model.addAttribute("candidates", managers.candidates());
    model.addAttribute("chosen", Set.copyOf(managers.of(unit)));
    return "organisation/unit-managers";
  }

  @PostMapping("/units/{id}/managers")
  @PreAuthorize("hasRole('ADMIN')")
  String setManagers(
      @PathVariable UUID id,
      @RequestParam(name = "manager", required = false) List<UUID> chosen,
      RedirectAttributes redirect) {
    Set<AccountId> accountIds =
        chosen == null ? Set.of() : chosen.stream().map(AccountId::new).collect(Collectors.toSet());
    try {
      managers.set(new UnitId(id), accountIds);
      redirect.addFlashAttribute("message", "unit.managers.saved");
    } catch (UnitManagers.NotAManagerException e) {
      redirect.addFlashAttribute("message", "unit.managers.not-a-manager");
    }
    return "redirect:/units/" + id;
  }

  @GetMapping("/units/new")
  @PreAuthorize("hasRole('ADMIN')")
  String newForm(Model model) {
    model.addAttribute("form", new UnitForm());
    return "organisation/unit-form";
  }

  @PostMapping("/units")
  @PreAuthorize("hasRole('ADMIN')")
  String create(
      @Valid @ModelAttribute("form") UnitForm form,
      BindingResult errors,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return "organisation/unit-form";
    }
    try {
      UnitId id = units.create(form.details());
      redirect.addFlashAttribute("message", "unit.saved");
      return "redirect:/units/" + id;
    } catch (DuplicateException e) {
      errors.rejectValue("code", "unit.code.taken");
      return "organisation/unit-form";
    }
  }

  @GetMapping("/units/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String editForm(@PathVariable UUID id, Model model) {
    model.addAttribute("form", UnitForm.of(units.get(new UnitId(id))));
    model.addAttribute("unitId", id);
    return "organisation/unit-form";
  }

  @PostMapping("/units/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") UnitForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    units.get(new UnitId(id));
    model.addAttribute("unitId", id);
    if (errors.hasErrors()) {
      return "organisation/unit-form";
    }
    try {
      units.update(new UnitId(id), form.details());
      redirect.addFlashAttribute("message", "unit.saved");
      return "redirect:/units/" + id;
    } catch (DuplicateException e) {
      errors.rejectValue("code", "unit.code.taken");
      return "organisation/unit-form";
    }
  }

  @PostMapping("/units/{id}/active")
  @PreAuthorize("hasRole('ADMIN')")
  String setActive(
      @PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
    units.setActive(new UnitId(id), active);
    redirect.addFlashAttribute("message", active ? "unit.reactivated" : "unit.deactivated");
    return "redirect:/units/" + id;
  }
}
