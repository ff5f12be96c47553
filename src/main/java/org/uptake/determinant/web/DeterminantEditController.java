package org.uptake.determinant.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
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
import org.uptake.determinant.Determinant;
import org.uptake.determinant.DeterminantFilter;
import org.uptake.determinant.DeterminantHistory;
import org.uptake.determinant.DeterminantId;
import org.uptake.determinant.DeterminantRuleException;
import org.uptake.determinant.DeterminantVersion;
import org.uptake.determinant.Determinants;
import org.uptake.determinant.Valence;
import org.uptake.framework.UnknownFrameworkCodeException;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.organisation.Units;
import org.uptake.platform.NotFoundException;

/** One determinant: its history, the form to change it and the merge of a duplicate into it. */
@Controller
class DeterminantEditController {

  private final Implementations implementations;
  private final Determinants determinants;
  private final DeterminantHistory history;
  private final Units units;

  DeterminantEditController(
      Implementations implementations,
      Determinants determinants,
      DeterminantHistory history,
      Units units) {
    this.implementations = implementations;
    this.determinants = determinants;
    this.history = history;
    this.units = units;
  }

  @GetMapping("/implementations/{id}/determinants/{determinantId}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  String show(@PathVariable UUID id, @PathVariable UUID determinantId, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    DeterminantId determinantKey = new DeterminantId(determinantId);
    Determinant determinant = determinants.get(implementation.id(), determinantKey);
    List<DeterminantVersion> versions = history.versions(implementation.id(), determinantKey);
    labels(implementation, model);
    model.addAttribute("determinant", determinant);
    model.addAttribute("versions", versions);
    model.addAttribute("merged", versions.getFirst().mergedInto());
    model.addAttribute(
        "others",
        determinants.list(implementation.id(), DeterminantFilter.ALL).stream()
            .filter(other -> !other.id().equals(determinantKey))
            .toList());
    return "determinant/detail";
  }

  @GetMapping("/implementations/{id}/determinants/{determinantId}/edit")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  String edit(@PathVariable UUID id, @PathVariable UUID determinantId, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    Determinant determinant =
        determinants.get(implementation.id(), new DeterminantId(determinantId));
    model.addAttribute("form", DeterminantForm.of(determinant.details()));
    return editPage(implementation, determinant, model);
  }

  @PostMapping("/implementations/{id}/determinants/{determinantId}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  String update(
      @PathVariable UUID id,
      @PathVariable UUID determinantId,
      @Valid @ModelAttribute("form") DeterminantForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    DeterminantId key = new DeterminantId(determinantId);
    Determinant determinant = determinants.get(implementation.id(), key);
    if (!errors.hasErrors()) {
      try {
        determinants.update(implementation.id(), key, form.details());
        redirect.addFlashAttribute("message", "determinant.updated");
        return "redirect:/implementations/" + id + "/determinants/" + determinantId;
      } catch (UnknownFrameworkCodeException unknown) {
        errors.rejectValue(
            "tags", "determinant.error.unknown-tag", new Object[] {unknown.code()}, null);
      } catch (DeterminantRuleException refused) {
        errors.reject("determinant.error.merged-or-level");
      }
    }
    return editPage(implementation, determinant, model);
  }

  @PostMapping("/implementations/{id}/determinants/{determinantId}/merge")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  String merge(
      @PathVariable UUID id,
      @PathVariable UUID determinantId,
      @RequestParam(required = false) @Nullable UUID duplicate,
      @RequestParam(required = false) @Nullable String keep,
      RedirectAttributes redirect) {
    ImplementationId implementation = new ImplementationId(id);
    implementations.requireExists(implementation);
    DeterminantId self = new DeterminantId(determinantId);
    determinants.get(implementation, self);
    String back = "redirect:/implementations/" + id + "/determinants/" + determinantId;
    if (duplicate == null) {
      redirect.addFlashAttribute("error", "determinant.merge.error.choose");
      return back;
    }
    DeterminantId other = new DeterminantId(duplicate);
    if (other.equals(self)) {
      redirect.addFlashAttribute("error", "determinant.merge.error.same");
      return back;
    }
    try {
      determinants.get(implementation, other);
    } catch (NotFoundException notInThisRollout) {
      redirect.addFlashAttribute("error", "determinant.merge.error.other-rollout");
      return back;
    }
    boolean keepOther = "other".equals(keep);
    DeterminantId kept = keepOther ? other : self;
    try {
      determinants.merge(implementation, kept, keepOther ? self : other);
    } catch (DeterminantRuleException refused) {
      redirect.addFlashAttribute("error", "determinant.merge.error.merged");
      return back;
    }
    redirect.addFlashAttribute("message", "determinant.merged");
    return "redirect:/implementations/" + id + "/determinants/" + kept;
  }

  private String editPage(Implementation implementation, Determinant determinant, Model model) {
    labels(implementation, model);
    model.addAttribute("determinant", determinant);
    model.addAttribute("valences", Valence.values());
    return "determinant/edit";
  }

  private void labels(Implementation implementation, Model model) {
    model.addAttribute("implementation", implementation);
    model.addAttribute("groups", NeedsController.groups());
    model.addAttribute("units", units.list(false));
    Map<UUID, String> unitNames = new HashMap<>();
    units.list(true).forEach(unit -> unitNames.put(unit.id().value(), unit.name()));
    model.addAttribute("unitNames", unitNames);
    model.addAttribute(
        "canWrite",
        CurrentUser.find()
            .map(user -> user.hasAny(Role.ADMIN, Role.LEAD, Role.RESEARCHER))
            .orElse(false));
  }
}
