package org.uptake.organisation.web;

import jakarta.validation.Valid;
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
import org.uptake.organisation.DuplicateException;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;

@Controller
class StaffController {

  private final Staff staff;
  private final Units units;

  StaffController(Staff staff, Units units) {
    this.staff = staff;
    this.units = units;
  }

  @GetMapping("/staff")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER')")
  String list(
      @RequestParam(required = false) @Nullable UUID unit,
      @RequestParam(required = false) @Nullable ProfessionalGroup group,
      @RequestParam(defaultValue = "false") boolean all,
      Model model) {
    model.addAttribute(
        "staff", staff.list(new Staff.Filter(unit == null ? null : new UnitId(unit), group, all)));
    model.addAttribute("units", units.list(true));
    model.addAttribute("groups", ProfessionalGroup.values());
    model.addAttribute("selectedUnit", unit);
    model.addAttribute("selectedGroup", group);
    model.addAttribute("all", all);
    return "organisation/staff";
  }

  @GetMapping("/staff/{id}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER')")
  String show(@PathVariable UUID id, Model model) {
    model.addAttribute("member", staff.get(new StaffId(id)));
    return "organisation/staff-member";
  }

  @GetMapping("/staff/new")
  @PreAuthorize("hasRole('ADMIN')")
  String newForm(Model model) {
    model.addAttribute("form", new StaffForm());
    return form(model);
  }

  @PostMapping("/staff")
  @PreAuthorize("hasRole('ADMIN')")
  String create(
      @Valid @ModelAttribute("form") StaffForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (errors.hasErrors()) {
      return form(model);
    }
    try {
      StaffId id = staff.create(form.details());
      redirect.addFlashAttribute("message", "staff.saved");
      return "redirect:/staff/" + id;
    } catch (DuplicateException e) {
      errors.rejectValue("employeeNumber", "staff.employee-number.taken");
      return form(model);
    }
  }

  @GetMapping("/staff/{id}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String editForm(@PathVariable UUID id, Model model) {
    model.addAttribute("form", StaffForm.of(staff.get(new StaffId(id))));
    model.addAttribute("staffId", id);
    return form(model);
  }

  @PostMapping("/staff/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  String update(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") StaffForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    staff.get(new StaffId(id));
    model.addAttribute("staffId", id);
    if (errors.hasErrors()) {
      return form(model);
    }
    try {
      staff.update(new StaffId(id), form.details(), form.isActive());
      redirect.addFlashAttribute("message", "staff.saved");
      return "redirect:/staff/" + id;
    } catch (DuplicateException e) {
      errors.rejectValue("employeeNumber", "staff.employee-number.taken");
      return form(model);
    }
  }

  @PostMapping("/staff/{id}/active")
  @PreAuthorize("hasRole('ADMIN')")
  String setActive(
      @PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
    staff.setActive(new StaffId(id), active);
    redirect.addFlashAttribute("message", active ? "staff.reactivated" : "staff.deactivated");
    return "redirect:/staff/" + id;
  }

  private String form(Model model) {
    model.addAttribute("units", units.list(false));
    model.addAttribute("groups", ProfessionalGroup.values());
    model.addAttribute("shifts", ShiftPattern.values());
    return "organisation/staff-form";
  }
}
