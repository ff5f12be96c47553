package org.uptake.survey.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.access.Role;
import org.uptake.organisation.Units;
import org.uptake.platform.Dates;
import org.uptake.survey.ExportBundle;
import org.uptake.survey.ExportRefused;
import org.uptake.survey.FollowUpRules;
import org.uptake.survey.ResultBreakdown;
import org.uptake.survey.ResultFigure;
import org.uptake.survey.ResultSheet;
import org.uptake.survey.Results;

/** A wave's results page, with small groups suppressed, and its CSV and XLSX exports. */
@Controller
class ResultController {

  static final String READERS = "hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER')";

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

  private final Results results;
  private final FollowUpRules followUps;
  private final ExportBundle bundles;
  private final Units units;
  private final MessageSource messages;
  private final Dates dates;

  ResultController(
      Results results,
      FollowUpRules followUps,
      ExportBundle bundles,
      Units units,
      MessageSource messages,
      Dates dates) {
    this.results = results;
    this.followUps = followUps;
    this.bundles = bundles;
    this.units = units;
    this.messages = messages;
    this.dates = dates;
  }

  @GetMapping("/waves/{id}/results")
  @PreAuthorize(READERS)
  String page(
      @PathVariable UUID id,
      @RequestParam(name = "by", defaultValue = "unit") String by,
      Model model,
      Locale locale) {
    ResultSheet sheet = results.sheet(id, breakdown(by));
    ExportTables tables = tables(sheet, locale);
    model.addAttribute("sheet", sheet);
    model.addAttribute("wave", sheet.wave());
    model.addAttribute("lang", locale.getLanguage());
    model.addAttribute("by", sheet.by().code());
    model.addAttribute("asked", breakdown(by).code());
    model.addAttribute("breakdowns", ResultBreakdown.values());
    model.addAttribute("constructs", tables.constructs());
    model.addAttribute("rates", tables.rates());
    model.addAttribute("trend", sheet.trend().isEmpty() ? null : tables.trend(dates::day));
    model.addAttribute(
        "trendCharts", TrendChart.of(sheet, locale, tables::label, figure -> mean(figure, locale)));
    List<ExportTable> items =
        sheet.items().stream()
            .map(line -> tables.item(sheet.instrument().item(line.code()).orElseThrow(), line))
            .toList();
    model.addAttribute("items", items);
    Map<String, String> textItems = new LinkedHashMap<>();
    sheet
        .texts()
        .keySet()
        .forEach(
            linkId ->
                textItems.put(
                    linkId,
                    sheet.instrument().item(linkId).map(i -> i.text().in(locale)).orElse(linkId)));
    model.addAttribute("textItems", textItems);
    model.addAttribute("fewer", tables.fewer());
    Map<String, Double> thresholds = followUps.thresholds(id);
    Map<String, String> thresholdText = new LinkedHashMap<>();
    java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
    thresholds.forEach((code, value) -> thresholdText.put(code, number.format(value)));
    model.addAttribute("thresholds", thresholdText);
    model.addAttribute(
        "canFollowUp",
        org.uptake.access.CurrentUser.find()
            .map(u -> u.hasAny(Role.ADMIN, Role.LEAD))
            .orElse(false));
    model.addAttribute(
        "canExportResponses",
        !sheet.wave().anonymous()
            && org.uptake.access.CurrentUser.find()
                .map(u -> u.hasAny(Role.ADMIN, Role.LEAD, Role.RESEARCHER))
                .orElse(false));
    return "survey/results";
  }

  @GetMapping("/waves/{id}/results.csv")
  @PreAuthorize(READERS)
  ResponseEntity<byte[]> csv(
      @PathVariable UUID id,
      @RequestParam(name = "by", defaultValue = "unit") String by,
      Locale locale) {
    ResultSheet sheet = results.sheet(id, breakdown(by));
    byte[] body = ExportFiles.csv(sheet.wave().name(), tables(sheet, locale).all());
    return download(body, CSV, "results-" + sheet.by().code() + ".csv");
  }

  @GetMapping("/waves/{id}/results.xlsx")
  @PreAuthorize(READERS)
  ResponseEntity<byte[]> xlsx(
      @PathVariable UUID id,
      @RequestParam(name = "by", defaultValue = "unit") String by,
      Locale locale) {
    ResultSheet sheet = results.sheet(id, breakdown(by));
    byte[] body = ExportFiles.xlsx(tables(sheet, locale).all());
    return download(body, XLSX, "results-" + sheet.by().code() + ".xlsx");
  }

  @GetMapping("/waves/{id}/results/responses.fhir.json")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  ResponseEntity<byte[]> bundle(@PathVariable UUID id, Locale locale) {
    try {
      byte[] body = bundles.bundle(id).getBytes(StandardCharsets.UTF_8);
      return download(body, FHIR_JSON, "responses.fhir.json");
    } catch (ExportRefused refused) {
      String message = messages.getMessage(refused.key(), null, refused.getMessage(), locale);
      return ResponseEntity.status(HttpStatus.CONFLICT)
          .contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
          .body(message.getBytes(StandardCharsets.UTF_8));
    }
  }

  private ExportTables tables(ResultSheet sheet, Locale locale) {
    Map<UUID, String> names = new LinkedHashMap<>();
    units.names().forEach((unit, name) -> names.put(unit.value(), name));
    return new ExportTables(sheet, messages, locale, names);
  }

  /** A shown mean as the tables write it: "3.52 (n = 19)". */
  private String mean(ResultFigure figure, Locale locale) {
    java.text.NumberFormat decimal = java.text.NumberFormat.getNumberInstance(locale);
    decimal.setMinimumFractionDigits(2);
    decimal.setMaximumFractionDigits(2);
    return messages.getMessage(
        "results.mean-n",
        new Object[] {
          decimal.format(figure.mean()),
          java.text.NumberFormat.getIntegerInstance(locale).format(figure.n())
        },
        locale);
  }

  /** An unknown breakdown is shown by unit rather than refused: the form offers only the three. */
  private static ResultBreakdown breakdown(String by) {
    return ResultBreakdown.ofCode(by).orElse(ResultBreakdown.UNIT);
  }

  private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
