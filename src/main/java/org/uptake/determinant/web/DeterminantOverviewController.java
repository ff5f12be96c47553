package org.uptake.determinant.web;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.uptake.determinant.DeterminantOverview;
import org.uptake.determinant.Determinants;
import org.uptake.framework.Frameworks;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.organisation.Units;

/** The overview of an implementation's determinants: tables, heat maps and their XLSX export. */
@Controller
class DeterminantOverviewController {

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Implementations implementations;
  private final Determinants determinants;
  private final Units units;
  private final Frameworks frameworks;
  private final MessageSource messages;

  DeterminantOverviewController(
      Implementations implementations,
      Determinants determinants,
      Units units,
      Frameworks frameworks,
      MessageSource messages) {
    this.implementations = implementations;
    this.determinants = determinants;
    this.units = units;
    this.frameworks = frameworks;
    this.messages = messages;
  }

  @GetMapping("/implementations/{id}/determinants/overview")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  String overview(@PathVariable UUID id, Model model, Locale locale) {
    Implementation implementation = implementations.get(new ImplementationId(id));
    DeterminantOverview overview = determinants.overview(implementation.id());
    Map<String, String> labels =
        OverviewLabels.of(overview, frameworks, units.list(true), messages, locale);
    model.addAttribute("implementation", implementation);
    model.addAttribute("overview", overview);
    model.addAttribute("barrierMap", byUnitName(overview.barrierMap(), labels));
    model.addAttribute("facilitatorMap", byUnitName(overview.facilitatorMap(), labels));
    model.addAttribute("labels", labels);
    return "determinant/overview";
  }

  /** The heat map with its rows in the order of the units' names. */
  private static DeterminantOverview.HeatMap byUnitName(
      DeterminantOverview.HeatMap map, Map<String, String> labels) {
    return new DeterminantOverview.HeatMap(
        map.units().stream()
            .sorted(Comparator.comparing(unit -> labels.getOrDefault(unit, unit)))
            .toList(),
        map.headings(),
        map.counts());
  }

  @GetMapping("/implementations/{id}/determinants/overview.xlsx")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  ResponseEntity<byte[]> workbook(@PathVariable UUID id, Locale locale) {
    ImplementationId implementation = new ImplementationId(id);
    implementations.requireExists(implementation);
    DeterminantOverview overview = determinants.overview(implementation);
    Map<String, String> labels =
        OverviewLabels.of(overview, frameworks, units.list(true), messages, locale);
    byte[] book =
        OverviewWorkbook.write(
            overview, key -> messages.getMessage(key, null, key, locale), labels);
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("determinants-overview.xlsx")
                .build()
                .toString())
        .body(book);
  }
}
