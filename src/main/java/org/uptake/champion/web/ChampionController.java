package org.uptake.champion.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.access.AccountId;
import org.uptake.access.AccountSummary;
import org.uptake.access.Accounts;
import org.uptake.champion.ChampionAssignment;
import org.uptake.champion.ChampionRuleException;
import org.uptake.champion.Champions;
import org.uptake.framework.FrameworkEntry;
import org.uptake.framework.Frameworks;
import org.uptake.organisation.Unit;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;
import org.uptake.platform.NotFoundException;

@Controller
class ChampionController {

  private final Champions champions;
  private final Units units;
  private final Accounts accounts;
  private final Frameworks frameworks;
  private final Clock clock;

  ChampionController(
      Champions champions, Units units, Accounts accounts, Frameworks frameworks, Clock clock) {
    this.champions = champions;
    this.units = units;
    this.accounts = accounts;
    this.frameworks = frameworks;
    this.clock = clock;
  }

  /** A unit with its current champions, so units without one stand out. */
  record UnitChampions(Unit unit, List<ChampionAssignment> current) {}

  @GetMapping("/champions")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','CHAMPION','RESEARCHER')")
  String list(Model model, Locale locale) {
    List<ChampionAssignment> all = champions.list();
    Map<UnitId, List<ChampionAssignment>> byUnit =
        all.stream()
            .filter(ChampionAssignment::current)
            .collect(Collectors.groupingBy(ChampionAssignment::unit));
    List<UnitChampions> perUnit =
        units.list(false).stream()
            .map(unit -> new UnitChampions(unit, byUnit.getOrDefault(unit.id(), List.of())))
            .toList();
    model.addAttribute("perUnit", perUnit);
    model.addAttribute(
        "withoutChampion", perUnit.stream().filter(u -> u.current().isEmpty()).count());
    model.addAttribute("past", all.stream().filter(a -> !a.current()).toList());
    model.addAttribute("names", names());
    model.addAttribute("unitNames", unitNames());
    model.addAttribute(
        "subRoleNames",
        subRoles().stream()
            .collect(Collectors.toMap(FrameworkEntry::code, entry -> entry.name(locale))));
    return "champion/list";
  }

  @GetMapping("/champions/new")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String newForm(Model model) {
    ChampionForm form = new ChampionForm();
    form.setSince(LocalDate.now(clock));
    return form(form, model);
  }

  @PostMapping("/champions")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String create(
      @Valid @ModelAttribute("form") ChampionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        champions.assign(form.assignment());
        redirect.addFlashAttribute("message", "champion.saved");
        return "redirect:/champions";
      } catch (ChampionRuleException refused) {
        String field =
            switch (refused.messageKey()) {
              case "champion.sub-role.unknown" -> "subRoles";
              case "champion.hours.range" -> "hoursPerWeek";
              default -> "champion";
            };
        errors.rejectValue(field, refused.messageKey());
      } catch (NotFoundException gone) {
        errors.reject("champion.gone");
      }
    }
    return form(form, model);
  }

  @PostMapping("/champions/{id}/end")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String end(@PathVariable UUID id, RedirectAttributes redirect) {
    champions.end(id);
    redirect.addFlashAttribute("message", "champion.ended");
    return "redirect:/champions";
  }

  private String form(ChampionForm form, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("units", units.list(false));
    model.addAttribute("candidates", champions.candidates());
    model.addAttribute("subRoles", subRoles());
    return "champion/form";
  }

  private List<FrameworkEntry> subRoles() {
    return frameworks.catalogue("champion").map(c -> c.entries()).orElse(List.of());
  }

  private Map<AccountId, String> names() {
    return accounts.list().stream()
        .collect(
            Collectors.toMap(
                AccountSummary::id, AccountSummary::displayName, (a, b) -> a, LinkedHashMap::new));
  }

  private Map<UnitId, String> unitNames() {
    return units.list(true).stream()
        .collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a, LinkedHashMap::new));
  }
}
