package org.uptake.survey.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.InstrumentProblem;
import org.uptake.survey.Instruments;
import org.uptake.survey.ResponseType;
import org.uptake.survey.ScoringRule;
import org.uptake.survey.StoredInstrument;
import org.uptake.survey.Texts;

/**
 * The instrument pages: the list with import, library and a form for a new one; an instrument's
 * items by construct, its FHIR download, and the builder forms while it is a draft.
 */
@Controller
class InstrumentController {

  private static final String READERS =
      "hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')";
  private static final String WRITERS = "hasAnyRole('ADMIN','LEAD','RESEARCHER')";
  private static final long MAX_UPLOAD = 2L * 1024 * 1024;

  private final Instruments instruments;
  private final MessageSource messages;

  InstrumentController(Instruments instruments, MessageSource messages) {
    this.instruments = instruments;
    this.messages = messages;
  }

  @GetMapping("/instruments")
  @PreAuthorize(READERS)
  String list(Model model) {
    model.addAttribute("form", new NewInstrumentForm());
    return listPage(model);
  }

  @PostMapping("/instruments")
  @PreAuthorize(WRITERS)
  String create(
      @Valid @ModelAttribute("form") NewInstrumentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        InstrumentId id =
            instruments.create(
                form.getCode().strip(),
                new Texts(java.util.Map.of(language(), form.getTitle())),
                form.getMinShare());
        redirect.addFlashAttribute("message", "survey.created");
        return "redirect:/instruments/" + id;
      } catch (InstrumentProblem problem) {
        model.addAttribute("problem", describe(problem));
      }
    }
    return listPage(model);
  }

  @PostMapping("/instruments/import")
  @PreAuthorize(WRITERS)
  String importFile(
      @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    model.addAttribute("form", new NewInstrumentForm());
    if (file == null || file.isEmpty()) {
      model.addAttribute("problem", messages.getMessage("survey.import.none", null, locale()));
      return listPage(model);
    }
    if (file.getSize() > MAX_UPLOAD) {
      model.addAttribute("problem", messages.getMessage("survey.import.too-large", null, locale()));
      return listPage(model);
    }
    try {
      InstrumentId id =
          instruments.importQuestionnaire(new String(file.getBytes(), StandardCharsets.UTF_8));
      redirect.addFlashAttribute("message", "survey.imported");
      return "redirect:/instruments/" + id;
    } catch (InstrumentProblem problem) {
      model.addAttribute("problem", describe(problem));
      return listPage(model);
    }
  }

  @PostMapping("/instruments/library")
  @PreAuthorize(WRITERS)
  String addFromLibrary(@RequestParam String name, RedirectAttributes redirect) {
    InstrumentId id = instruments.addFromLibrary(name);
    redirect.addFlashAttribute("message", "survey.added");
    return "redirect:/instruments/" + id;
  }

  @GetMapping("/instruments/{id}")
  @PreAuthorize(READERS)
  String detail(@PathVariable UUID id, Model model) {
    model.addAttribute("constructForm", new ConstructForm());
    model.addAttribute("itemForm", new ItemForm());
    return detailPage(id, model);
  }

  @GetMapping("/instruments/{id}/questionnaire.json")
  @PreAuthorize(READERS)
  ResponseEntity<String> download(@PathVariable UUID id) {
    StoredInstrument stored = instruments.get(new InstrumentId(id));
    String name =
        stored.instrument().code() + "-v" + stored.instrument().version() + ".questionnaire.json";
    return ResponseEntity.ok()
        .contentType(new MediaType("application", "fhir+json", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(instruments.questionnaire(stored.id()));
  }

  @PostMapping("/instruments/{id}/constructs")
  @PreAuthorize(WRITERS)
  String addConstruct(
      @PathVariable UUID id,
      @Valid @ModelAttribute("constructForm") ConstructForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    instruments.get(new InstrumentId(id));
    model.addAttribute("itemForm", new ItemForm());
    if (!errors.hasErrors()) {
      try {
        instruments.addConstruct(new InstrumentId(id), form.construct(language()));
        redirect.addFlashAttribute("message", "survey.construct-added");
        return "redirect:/instruments/" + id + "#add-construct";
      } catch (InstrumentProblem problem) {
        model.addAttribute("problem", describe(problem));
      }
    }
    return detailPage(id, model);
  }

  @PostMapping("/instruments/{id}/items")
  @PreAuthorize(WRITERS)
  String addItem(
      @PathVariable UUID id,
      @Valid @ModelAttribute("itemForm") ItemForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    instruments.get(new InstrumentId(id));
    model.addAttribute("constructForm", new ConstructForm());
    if (!errors.hasErrors()) {
      try {
        instruments.addItem(new InstrumentId(id), form.item(language()));
        redirect.addFlashAttribute("message", "survey.item-added");
        return "redirect:/instruments/" + id + "#add-item";
      } catch (InstrumentProblem problem) {
        model.addAttribute("problem", describe(problem));
      }
    }
    return detailPage(id, model);
  }

  @PostMapping("/instruments/{id}/publish")
  @PreAuthorize(WRITERS)
  String publish(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    try {
      instruments.publish(new InstrumentId(id));
      redirect.addFlashAttribute("message", "survey.published");
      return "redirect:/instruments/" + id;
    } catch (InstrumentProblem problem) {
      model.addAttribute("problem", describe(problem));
      model.addAttribute("constructForm", new ConstructForm());
      model.addAttribute("itemForm", new ItemForm());
      return detailPage(id, model);
    }
  }

  @PostMapping("/instruments/{id}/versions")
  @PreAuthorize(WRITERS)
  String newVersion(@PathVariable UUID id, RedirectAttributes redirect) {
    InstrumentId made = instruments.newVersion(new InstrumentId(id));
    redirect.addFlashAttribute("message", "survey.version-made");
    return "redirect:/instruments/" + made;
  }

  private String listPage(Model model) {
    model.addAttribute("instruments", instruments.list());
    model.addAttribute("library", instruments.library());
    model.addAttribute("lang", language());
    model.addAttribute("canWrite", canWrite());
    return "survey/list";
  }

  private String detailPage(UUID id, Model model) {
    StoredInstrument stored = instruments.get(new InstrumentId(id));
    model.addAttribute("stored", stored);
    model.addAttribute("instrument", stored.instrument());
    model.addAttribute("lang", language());
    model.addAttribute("canWrite", canWrite());
    model.addAttribute("types", ResponseType.values());
    model.addAttribute("rules", ScoringRule.values());
    NumberFormat percent = NumberFormat.getPercentInstance(locale());
    model.addAttribute("minShare", percent.format(stored.instrument().minShare()));
    return "survey/detail";
  }

  private String describe(InstrumentProblem problem) {
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

  private static String language() {
    return Texts.language(locale().toLanguageTag());
  }
}
