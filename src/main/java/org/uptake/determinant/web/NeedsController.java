package org.uptake.determinant.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.determinant.Consultation;
import org.uptake.determinant.ConsultationId;
import org.uptake.determinant.ConsultationMethod;
import org.uptake.determinant.NeedsAssessments;
import org.uptake.determinant.StakeholderGroups;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Units;

/**
 * The needs assessment page of an implementation: the gaps, the consultations and a form; a
 * consultation corrected, or deleted after asking.
 */
@Controller
class NeedsController {

  private final Implementations implementations;
  private final NeedsAssessments needs;
  private final Units units;

  NeedsController(Implementations implementations, NeedsAssessments needs, Units units) {
    this.implementations = implementations;
    this.needs = needs;
    this.units = units;
  }

  @GetMapping("/implementations/{id}/needs")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  String show(@PathVariable UUID id, Model model) {
    model.addAttribute("form", new ConsultationForm());
    return page(id, model);
  }

  @PostMapping("/implementations/{id}/needs")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  String record(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ConsultationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    ImplementationId implementation = new ImplementationId(id);
    implementations.requireExists(implementation);
    if (form.getStakeholderGroup() != null
        && !StakeholderGroups.isCode(form.getStakeholderGroup())) {
      errors.rejectValue("stakeholderGroup", "needs.error.group");
    }
    if (!errors.hasErrors()) {
      needs.record(implementation, form.details());
      redirect.addFlashAttribute("message", "needs.saved");
      return "redirect:/implementations/" + id + "/needs";
    }
    return page(id, model);
  }

  @GetMapping("/implementations/{id}/needs/{consultationId}/edit")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  String edit(@PathVariable UUID id, @PathVariable UUID consultationId, Model model) {
    Consultation consultation =
        needs.consultation(new ImplementationId(id), new ConsultationId(consultationId));
    model.addAttribute("form", ConsultationForm.of(consultation.details()));
    return one(consultation, model, "determinant/consultation-edit");
  }

  @PostMapping("/implementations/{id}/needs/{consultationId}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  String correct(
      @PathVariable UUID id,
      @PathVariable UUID consultationId,
      @Valid @ModelAttribute("form") ConsultationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Consultation consultation =
        needs.consultation(new ImplementationId(id), new ConsultationId(consultationId));
    if (form.getStakeholderGroup() != null
        && !StakeholderGroups.isCode(form.getStakeholderGroup())) {
      errors.rejectValue("stakeholderGroup", "needs.error.group");
    }
    if (errors.hasErrors()) {
      return one(consultation, model, "determinant/consultation-edit");
    }
    needs.correct(consultation.implementation(), consultation.id(), form.details());
    redirect.addFlashAttribute("message", "needs.corrected");
    return "redirect:/implementations/" + id + "/needs";
  }

  @GetMapping("/implementations/{id}/needs/{consultationId}/delete")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  String confirmDelete(@PathVariable UUID id, @PathVariable UUID consultationId, Model model) {
    return one(
        needs.consultation(new ImplementationId(id), new ConsultationId(consultationId)),
        model,
        "determinant/consultation-delete");
  }

  @PostMapping("/implementations/{id}/needs/{consultationId}/delete")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  String delete(
      @PathVariable UUID id, @PathVariable UUID consultationId, RedirectAttributes redirect) {
    needs.delete(new ImplementationId(id), new ConsultationId(consultationId));
    redirect.addFlashAttribute("message", "needs.deleted");
    return "redirect:/implementations/" + id + "/needs";
  }

  private String one(Consultation consultation, Model model, String view) {
    model.addAttribute("implementation", implementations.get(consultation.implementation()));
    model.addAttribute("consultation", consultation);
    choices(model);
    return view;
  }

  private void choices(Model model) {
    model.addAttribute("methods", ConsultationMethod.values());
    model.addAttribute("shifts", ShiftPattern.values());
    model.addAttribute("units", units.list(false));
    model.addAttribute("groups", groups());
  }

  private String page(UUID id, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    model.addAttribute("implementation", implementation);
    model.addAttribute("consultations", needs.consultations(implementation.id()));
    model.addAttribute("gaps", needs.gaps(implementation.id()));
    choices(model);
    Map<UUID, String> unitNames = new HashMap<>();
    units.list(true).forEach(unit -> unitNames.put(unit.id().value(), unit.name()));
    model.addAttribute("unitNames", unitNames);
    model.addAttribute(
        "canWrite",
        CurrentUser.find()
            .map(user -> user.hasAny(Role.ADMIN, Role.LEAD, Role.RESEARCHER))
            .orElse(false));
    return "determinant/needs";
  }

  /** Stakeholder group codes with their message keys, in the order the pages show them. */
  static Map<String, String> groups() {
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put("manager", "determinant.group.manager");
    for (ProfessionalGroup group : ProfessionalGroup.values()) {
      groups.put(group.code(), group.messageKey());
    }
    for (String other : List.of("it", "supplier", "service_user")) {
      groups.put(other, "determinant.group." + other);
    }
    return groups;
  }
}
