package org.uptake.risk.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.determinant.ActionRuleException;
import org.uptake.determinant.NewAction;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.risk.AffectedGroup;
import org.uptake.risk.Risk;
import org.uptake.risk.RiskHasMitigationsException;
import org.uptake.risk.RiskId;
import org.uptake.risk.RiskStatus;
import org.uptake.risk.Risks;

/**
 * The risk register page: the risks with their mitigations, and forms to add both; correcting a
 * risk, and deleting one recorded by mistake after asking.
 */
@Controller
class RiskController {

  private final Implementations implementations;
  private final Risks risks;
  private final Accounts accounts;

  RiskController(Implementations implementations, Risks risks, Accounts accounts) {
    this.implementations = implementations;
    this.risks = risks;
    this.accounts = accounts;
  }

  @GetMapping("/implementations/{id}/risks")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  String list(@PathVariable UUID id, Model model) {
    model.addAttribute("form", new RiskForm());
    return page(id, model);
  }

  @PostMapping("/implementations/{id}/risks")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String create(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") RiskForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    implementations.requireExists(new ImplementationId(id));
    if (errors.hasErrors()) {
      return page(id, model);
    }
    RiskId risk = risks.create(new ImplementationId(id), form.details());
    redirect.addFlashAttribute("message", "risk.saved");
    return "redirect:/implementations/" + id + "/risks#risk-" + risk;
  }

  @PostMapping("/implementations/{id}/risks/{riskId}/status")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String status(
      @PathVariable UUID id,
      @PathVariable UUID riskId,
      @RequestParam RiskStatus status,
      RedirectAttributes redirect) {
    risks.setStatus(new ImplementationId(id), new RiskId(riskId), status);
    redirect.addFlashAttribute("message", "risk.saved");
    return "redirect:/implementations/" + id + "/risks#risk-" + riskId;
  }

  @PostMapping("/implementations/{id}/risks/{riskId}/mitigations")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String mitigate(
      @PathVariable UUID id,
      @PathVariable UUID riskId,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(required = false) @Nullable UUID owner,
      @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueDate,
      RedirectAttributes redirect) {
    try {
      risks.mitigate(
          new ImplementationId(id),
          new RiskId(riskId),
          new NewAction(
              title,
              null,
              owner == null ? null : new AccountId(owner),
              Set.of(),
              Set.of(),
              dueDate,
              null,
              Set.of(),
              null));
      redirect.addFlashAttribute("message", "risk.mitigation-saved");
    } catch (ActionRuleException refused) {
      // Shown in the risk's card, where the page scrolls to, not at the top of the page.
      redirect.addFlashAttribute(
          "refusedMitigation",
          new RefusedMitigation(riskId, refused.messageKey(), title, owner, dueDate));
    }
    return "redirect:/implementations/" + id + "/risks#risk-" + riskId;
  }

  @GetMapping("/implementations/{id}/risks/{riskId}/edit")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String edit(@PathVariable UUID id, @PathVariable UUID riskId, Model model) {
    Risk risk = risks.get(new ImplementationId(id), new RiskId(riskId));
    model.addAttribute("form", RiskForm.of(risk.details()));
    return one(risk, model, "risk/edit");
  }

  @PostMapping("/implementations/{id}/risks/{riskId}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String correct(
      @PathVariable UUID id,
      @PathVariable UUID riskId,
      @Valid @ModelAttribute("form") RiskForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Risk risk = risks.get(new ImplementationId(id), new RiskId(riskId));
    if (errors.hasErrors()) {
      return one(risk, model, "risk/edit");
    }
    risks.correct(risk.implementation(), risk.id(), form.details());
    redirect.addFlashAttribute("message", "risk.corrected");
    return "redirect:/implementations/" + id + "/risks#risk-" + riskId;
  }

  @GetMapping("/implementations/{id}/risks/{riskId}/delete")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String confirmDelete(@PathVariable UUID id, @PathVariable UUID riskId, Model model) {
    return one(risks.get(new ImplementationId(id), new RiskId(riskId)), model, "risk/delete");
  }

  @PostMapping("/implementations/{id}/risks/{riskId}/delete")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String delete(@PathVariable UUID id, @PathVariable UUID riskId, RedirectAttributes redirect) {
    try {
      risks.delete(new ImplementationId(id), new RiskId(riskId));
      redirect.addFlashAttribute("message", "risk.deleted");
      return "redirect:/implementations/" + id + "/risks";
    } catch (RiskHasMitigationsException refused) {
      // mitigated since the question was asked: the question's page now says why not
      return "redirect:/implementations/" + id + "/risks/" + riskId + "/delete";
    }
  }

  private String one(Risk risk, Model model, String view) {
    model.addAttribute("implementation", implementations.get(risk.implementation()));
    model.addAttribute("risk", risk);
    model.addAttribute("groups", AffectedGroup.values());
    return view;
  }

  private String page(UUID id, Model model) {
    ImplementationId implementation = new ImplementationId(id);
    model.addAttribute("implementation", implementations.get(implementation));
    model.addAttribute("risks", risks.list(implementation));
    model.addAttribute("groups", AffectedGroup.values());
    model.addAttribute("statuses", RiskStatus.values());
    model.addAttribute("people", accounts.list());
    model.addAttribute(
        "canWrite",
        CurrentUser.find().map(user -> user.hasAny(Role.ADMIN, Role.LEAD)).orElse(false));
    return "risk/list";
  }
}
