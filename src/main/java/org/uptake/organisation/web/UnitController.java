package org.uptake.organisation.web;

import jakarta.validation.Valid;
import java.util.UUID;
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
import org.uptake.organisation.DuplicateException;
import org.uptake.organisation.Staff;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;

@Controller
class UnitController {

  private final Units units;
  private final Staff staff;

  UnitController(Units units, Staff staff) {
    this.units = units;
    this.staff = staff;
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
    return "organisation/unit";
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
