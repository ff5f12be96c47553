package org.uptake.survey.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.Units;
import org.uptake.survey.Instruments;
import org.uptake.survey.StoredInstrument;
import org.uptake.survey.Texts;
import org.uptake.survey.wave.Responses;
import org.uptake.survey.wave.WaveId;
import org.uptake.survey.wave.WaveProblem;
import org.uptake.survey.wave.Waves;

/** The wave pages: the list, a new wave, and a wave's progress with open, close and repeat. */
@Controller
class WaveController {

  private static final String READERS =
      "hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION','PROFESSIONAL')";
  private static final String WRITERS = "hasAnyRole('ADMIN','LEAD','RESEARCHER')";

  private final Waves waves;
  private final Responses responses;
  private final Instruments instruments;
  private final Units units;
  private final MessageSource messages;

  WaveController(
      Waves waves,
      Responses responses,
      Instruments instruments,
      Units units,
      MessageSource messages) {
    this.waves = waves;
    this.responses = responses;
    this.instruments = instruments;
    this.units = units;
    this.messages = messages;
  }

  @GetMapping("/waves")
  @PreAuthorize(READERS)
  String list(Model model) {
    model.addAttribute("waves", waves.list());
    model.addAttribute("mine", responses.mine());
    model.addAttribute("canWrite", canWrite());
    return "survey/waves";
  }

  @GetMapping("/waves/new")
  @PreAuthorize(WRITERS)
  String newForm(@RequestParam(required = false) @Nullable UUID instrument, Model model) {
    WaveForm form = new WaveForm();
    form.setInstrument(instrument);
    form.setOpensOn(LocalDate.now());
    form.setClosesOn(LocalDate.now().plusDays(21));
    model.addAttribute("form", form);
    return formPage(model);
  }

  @PostMapping("/waves")
  @PreAuthorize(WRITERS)
  String create(
      @Valid @ModelAttribute("form") WaveForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        WaveId id = waves.create(form.command());
        redirect.addFlashAttribute("notice", messages.getMessage("wave.created", null, locale()));
        return "redirect:/waves/" + id;
      } catch (WaveProblem problem) {
        model.addAttribute("problem", describe(problem));
      }
    }
    return formPage(model);
  }

  @GetMapping("/waves/{id}")
  @PreAuthorize(READERS)
  String detail(@PathVariable UUID id, Model model) {
    WaveId wave = new WaveId(id);
    model.addAttribute("progress", waves.progress(wave));
    model.addAttribute("series", waves.series(wave));
    model.addAttribute("canWrite", canWrite());
    model.addAttribute("today", LocalDate.now());
    return "survey/wave";
  }

  @PostMapping("/waves/{id}/open")
  @PreAuthorize(WRITERS)
  String open(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      int invited = waves.open(new WaveId(id));
      redirect.addFlashAttribute(
          "notice", messages.getMessage("wave.opened", new Object[] {invited}, locale()));
    } catch (WaveProblem problem) {
      redirect.addFlashAttribute("problem", describe(problem));
    }
    return "redirect:/waves/" + id;
  }

  @PostMapping("/waves/{id}/close")
  @PreAuthorize(WRITERS)
  String close(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      waves.close(new WaveId(id));
      redirect.addFlashAttribute("notice", messages.getMessage("wave.closed", null, locale()));
    } catch (WaveProblem problem) {
      redirect.addFlashAttribute("problem", describe(problem));
    }
    return "redirect:/waves/" + id;
  }

  @PostMapping("/waves/{id}/repeat")
  @PreAuthorize(WRITERS)
  String repeat(
      @PathVariable UUID id,
      @RequestParam String name,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
      RedirectAttributes redirect) {
    try {
      WaveId next = waves.repeat(new WaveId(id), name, opensOn, closesOn);
      redirect.addFlashAttribute("notice", messages.getMessage("wave.repeated", null, locale()));
      return "redirect:/waves/" + next;
    } catch (WaveProblem problem) {
      redirect.addFlashAttribute("problem", describe(problem));
      return "redirect:/waves/" + id;
    }
  }

  private String formPage(Model model) {
    List<StoredInstrument> published =
        instruments.list().stream().filter(StoredInstrument::published).toList();
    model.addAttribute("instruments", published);
    model.addAttribute("units", units.list(false));
    model.addAttribute("groups", List.of(ProfessionalGroup.values()));
    model.addAttribute("lang", Texts.language(locale().toLanguageTag()));
    return "survey/wave-new";
  }

  private String describe(WaveProblem problem) {
    return messages.getMessage(problem.key(), problem.args(), problem.getMessage(), locale());
  }

  private static boolean canWrite() {
    return CurrentUser.find()
        .map(user -> user.hasAny(Role.ADMIN, Role.LEAD, Role.RESEARCHER))
        .orElse(false);
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
