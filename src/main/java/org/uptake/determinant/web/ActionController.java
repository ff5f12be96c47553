package org.uptake.determinant.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.uptake.access.Accounts;
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.determinant.ActionId;
import org.uptake.determinant.ActionRuleException;
import org.uptake.determinant.ActionStatus;
import org.uptake.determinant.Actions;
import org.uptake.determinant.Determinant;
import org.uptake.determinant.DeterminantFilter;
import org.uptake.determinant.Determinants;
import org.uptake.framework.Frameworks;
import org.uptake.framework.Strategy;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.survey.Construct;
import org.uptake.survey.Instrument;
import org.uptake.survey.Instruments;
import org.uptake.survey.StoredInstrument;

/** The action plan of an implementation: the list, a printable view, a form and status changes. */
@Controller
class ActionController {

  private final Implementations implementations;
  private final Actions actions;
  private final Determinants determinants;
  private final Accounts accounts;
  private final Frameworks frameworks;
  private final Instruments instruments;

  ActionController(
      Implementations implementations,
      Actions actions,
      Determinants determinants,
      Accounts accounts,
      Frameworks frameworks,
      Instruments instruments) {
    this.instruments = instruments;
    this.implementations = implementations;
    this.actions = actions;
    this.determinants = determinants;
    this.accounts = accounts;
    this.frameworks = frameworks;
  }

  @GetMapping("/implementations/{id}/actions")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  String list(@PathVariable UUID id, Locale locale, Model model) {
    return plan(id, locale, model, "determinant/actions");
  }

  @GetMapping("/implementations/{id}/actions/print")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  String print(@PathVariable UUID id, Locale locale, Model model) {
    return plan(id, locale, model, "determinant/action-print");
  }

  @GetMapping("/implementations/{id}/actions/new")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String form(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String strategy,
      @RequestParam(required = false) @Nullable UUID determinant,
      Locale locale,
      Model model) {
    ActionForm form = new ActionForm();
    if (strategy != null) {
      frameworks
          .strategy(strategy)
          .ifPresent(
              chosen -> {
                form.setStrategyCode(chosen.code());
                form.setTitle(chosen.name(locale));
              });
    }
    form.setDeterminant(determinant);
    model.addAttribute("form", form);
    return formPage(id, locale, model);
  }

  @PostMapping("/implementations/{id}/actions")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String create(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ActionForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    ImplementationId implementation = new ImplementationId(id);
    implementations.requireExists(implementation);
    if (!errors.hasErrors()) {
      try {
        ActionId action = actions.create(implementation, form.command(null));
        redirect.addFlashAttribute("message", "action.saved");
        return "redirect:/implementations/" + id + "/actions#action-" + action;
      } catch (ActionRuleException refused) {
        String field =
            switch (refused.messageKey()) {
              case "action.error.no-owner" -> "owner";
              case "action.error.no-title" -> "title";
              default -> null;
            };
        if (field == null) {
          errors.reject(refused.messageKey());
        } else {
          errors.rejectValue(field, refused.messageKey());
        }
      }
    }
    return formPage(id, locale, model);
  }

  @PostMapping("/implementations/{id}/actions/{actionId}/status")
  @PreAuthorize("isAuthenticated()")
  String change(
      @PathVariable UUID id,
      @PathVariable UUID actionId,
      @RequestParam ActionStatus.Change change,
      RedirectAttributes redirect) {
    try {
      actions.change(new ImplementationId(id), new ActionId(actionId), change);
      redirect.addFlashAttribute("message", "action.status-saved");
    } catch (ActionRuleException refused) {
      redirect.addFlashAttribute("error", refused.messageKey());
    }
    return "redirect:/implementations/" + id + "/actions#action-" + actionId;
  }

  @PostMapping("/implementations/{id}/actions/{actionId}/owner")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String reassign(
      @PathVariable UUID id,
      @PathVariable UUID actionId,
      @RequestParam UUID owner,
      RedirectAttributes redirect) {
    try {
      actions.reassign(new ImplementationId(id), new ActionId(actionId), new AccountId(owner));
      redirect.addFlashAttribute("message", "action.owner-saved");
    } catch (ActionRuleException refused) {
      redirect.addFlashAttribute("error", refused.messageKey());
    }
    return "redirect:/implementations/" + id + "/actions#action-" + actionId;
  }

  private String plan(UUID id, Locale locale, Model model, String view) {
    ImplementationId implementation = new ImplementationId(id);
    actions.flagOverdue(implementation);
    model.addAttribute("implementation", implementations.get(implementation));
    model.addAttribute("actions", actions.list(implementation));
    model.addAttribute("strategyNames", strategyNames(locale));
    model.addAttribute(
        "determinantNames",
        determinants.list(implementation, DeterminantFilter.ALL).stream()
            .collect(Collectors.toMap(d -> d.id().value(), Determinant::description)));
    boolean canPlan =
        CurrentUser.find().map(user -> user.hasAny(Role.ADMIN, Role.LEAD)).orElse(false);
    model.addAttribute("canPlan", canPlan);
    model.addAttribute("people", canPlan ? accounts.list() : java.util.List.of());
    return view;
  }

  private String formPage(UUID id, Locale locale, Model model) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    model.addAttribute("implementation", implementation);
    model.addAttribute("people", accounts.list());
    model.addAttribute("strategies", frameworks.strategies());
    model.addAttribute("strategyNames", strategyNames(locale));
    model.addAttribute(
        "determinants", determinants.list(implementation.id(), DeterminantFilter.ALL));
    model.addAttribute("surveyMeasures", surveyMeasures(locale));
    model.addAttribute("adoptionMeasures", ADOPTION_MEASURES);
    return "determinant/action-form";
  }

  /**
   * Measures an action can aim to move, offered as suggestions (the field stays free text): the
   * adoption figures Uptake computes, by message key.
   */
  private static final List<String> ADOPTION_MEASURES =
      List.of(
          "adoption:active-share",
          "adoption:feature-share",
          "adoption:retention",
          "adoption:training-to-first-use");

  /** The constructs of the organisation's published instruments, code to a readable name. */
  private Map<String, String> surveyMeasures(Locale locale) {
    Map<String, String> measures = new java.util.TreeMap<>();
    for (StoredInstrument stored : instruments.list()) {
      if (!stored.published()) {
        continue;
      }
      Instrument instrument = stored.instrument();
      for (Construct construct : instrument.constructs()) {
        measures.putIfAbsent(
            "survey:" + instrument.code() + "/" + construct.code(),
            instrument.title().in(locale) + " – " + construct.label().in(locale));
      }
    }
    return measures;
  }

  private Map<String, String> strategyNames(Locale locale) {
    return frameworks.strategies().stream()
        .collect(Collectors.toMap(Strategy::code, strategy -> strategy.name(locale)));
  }
}
