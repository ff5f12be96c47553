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
import org.uptake.determinant.ConsultationMethod;
import org.uptake.determinant.NeedsAssessments;
import org.uptake.determinant.StakeholderGroups;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Units;

/** The needs assessment page of an implementation: the gaps, the consultations and a form. */
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

  private String page(UUID id, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    model.addAttribute("implementation", implementation);
    model.addAttribute("consultations", needs.consultations(implementation.id()));
    model.addAttribute("gaps", needs.gaps(implementation.id()));
    model.addAttribute("methods", ConsultationMethod.values());
    model.addAttribute("shifts", ShiftPattern.values());
    model.addAttribute("units", units.list(false));
    model.addAttribute("groups", groups());
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
