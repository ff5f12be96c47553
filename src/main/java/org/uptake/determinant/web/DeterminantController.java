package org.uptake.determinant.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;
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
import org.uptake.determinant.DeterminantFilter;
import org.uptake.determinant.DeterminantRuleException;
import org.uptake.determinant.Determinants;
import org.uptake.determinant.EvidenceKind;
import org.uptake.determinant.Valence;
import org.uptake.framework.UnknownFrameworkCodeException;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;

/** The determinant register page of an implementation: the list with filters and a form to add. */
@Controller
class DeterminantController {

  private final Implementations implementations;
  private final Determinants determinants;
  private final Units units;

  DeterminantController(Implementations implementations, Determinants determinants, Units units) {
    this.implementations = implementations;
    this.determinants = determinants;
    this.units = units;
  }

  @GetMapping("/implementations/{id}/determinants")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  String list(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable Valence valence,
      @RequestParam(required = false) @Nullable String tag,
      @RequestParam(required = false) @Nullable UUID unit,
      @RequestParam(required = false) @Nullable Integer strength,
      @RequestParam(required = false) @Nullable String group,
      @RequestParam(required = false) DeterminantFilter.@Nullable Sort sort,
      Model model) {
    model.addAttribute("form", new DeterminantForm());
    DeterminantFilter filter =
        new DeterminantFilter(
            valence,
            blankToNull(tag),
            unitOrNull(unit),
            strength,
            blankToNull(group),
            sort == null ? DeterminantFilter.Sort.VALENCE : sort);
    return page(id, filter, model);
  }

  @PostMapping("/implementations/{id}/determinants")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  String create(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") DeterminantForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    ImplementationId implementation = new ImplementationId(id);
    implementations.get(implementation);
    if (!errors.hasErrors()) {
      try {
        determinants.create(implementation, form.details(), form.evidence());
        redirect.addFlashAttribute("message", "determinant.saved");
        return "redirect:/implementations/" + id + "/determinants";
      } catch (UnknownFrameworkCodeException unknown) {
        errors.rejectValue(
            "tags", "determinant.error.unknown-tag", new Object[] {unknown.code()}, null);
      } catch (DeterminantRuleException refused) {
        errors.rejectValue("tags", "determinant.error.tag-level");
      }
    }
    return page(id, DeterminantFilter.ALL, model);
  }

  private String page(UUID id, DeterminantFilter filter, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    model.addAttribute("implementation", implementation);
    model.addAttribute("filter", filter);
    model.addAttribute("determinants", determinants.list(implementation.id(), filter));
    model.addAttribute("units", units.list(false));
    model.addAttribute("valences", Valence.values());
    model.addAttribute("evidenceKinds", EvidenceKind.values());
    model.addAttribute("groups", NeedsController.groups());
    model.addAttribute("sorts", DeterminantFilter.Sort.values());
    Map<UUID, String> unitNames = new HashMap<>();
    units.list(true).forEach(unit -> unitNames.put(unit.id().value(), unit.name()));
    model.addAttribute("unitNames", unitNames);
    model.addAttribute(
        "canWrite",
        CurrentUser.find()
            .map(user -> user.hasAny(Role.ADMIN, Role.LEAD, Role.RESEARCHER))
            .orElse(false));
    return "determinant/list";
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static @Nullable UnitId unitOrNull(@Nullable UUID unit) {
    return unit == null ? null : new UnitId(unit);
  }
}
