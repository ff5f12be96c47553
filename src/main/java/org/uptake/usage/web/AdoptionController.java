package org.uptake.usage.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.platform.Dates;
import org.uptake.usage.Adoption;
import org.uptake.usage.AdoptionFigures;
import org.uptake.usage.AdoptionFilter;

/** The adoption dashboard of a rollout: a GET filter form, charts with tables, and XLSX. */
@Controller
class AdoptionController {

  static final String READERS = "hasAnyRole('ADMIN','LEAD','RESEARCHER','MANAGER','CHAMPION')";
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Implementations implementations;
  private final Adoption adoption;
  private final MessageSource messages;
  private final Dates dates;

  AdoptionController(
      Implementations implementations, Adoption adoption, MessageSource messages, Dates dates) {
    this.implementations = implementations;
    this.adoption = adoption;
    this.messages = messages;
    this.dates = dates;
  }

  @GetMapping("/implementations/{id}/adoption")
  @PreAuthorize(READERS)
  String page(
      @PathVariable UUID id,
      @RequestParam(name = "unit", required = false) @Nullable List<UUID> units,
      @RequestParam(name = "group", required = false) @Nullable List<String> groups,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      Locale locale,
      Model model) {
    ImplementationId implementation = new ImplementationId(id);
    AdoptionFilter filter = AdoptionRequest.filter(units, groups, from, to);
    AdoptionFigures figures = adoption.figures(implementation, filter);
    model.addAttribute("implementation", implementations.get(implementation));
    model.addAttribute("figures", figures);
    model.addAttribute("filter", filter);
    // with no unit chosen, the units in view are all the reader may choose: not loaded again
    model.addAttribute(
        "choosableUnits",
        filter.units().isEmpty() ? figures.units() : adoption.units(implementation));
    model.addAttribute("allGroups", ProfessionalGroup.values());
    model.addAttribute("selectedUnits", filter.units().stream().map(u -> u.value()).toList());
    model.addAttribute("selectedGroups", filter.groups().stream().map(Enum::name).toList());
    model.addAttribute(
        "page",
        AdoptionPage.of(
            figures, unitNames(figures), new AdoptionTexts(messages, locale), dates::day, locale));
    return "usage/adoption";
  }

  @GetMapping("/implementations/{id}/adoption.xlsx")
  @PreAuthorize(READERS)
  ResponseEntity<byte[]> workbook(
      @PathVariable UUID id,
      @RequestParam(name = "unit", required = false) @Nullable List<UUID> units,
      @RequestParam(name = "group", required = false) @Nullable List<String> groups,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      Locale locale) {
    AdoptionFigures figures =
        adoption.figures(new ImplementationId(id), AdoptionRequest.filter(units, groups, from, to));
    byte[] book =
        AdoptionWorkbook.write(
            figures, key -> messages.getMessage(key, null, key, locale), unitNames(figures));
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("adoption.xlsx").build().toString())
        .body(book);
  }

  static Map<String, String> unitNames(AdoptionFigures figures) {
    Map<String, String> names = new LinkedHashMap<>();
    figures.units().forEach(u -> names.put(u.id().value().toString(), u.name()));
    return names;
  }
}
