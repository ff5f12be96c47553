package org.uptake.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.survey.ResultBreakdown;
import org.uptake.survey.ResultFigure;
import org.uptake.survey.ResultSheet;
import org.uptake.survey.ResultWave;
import org.uptake.survey.Results;

@RestController
@RequestMapping("/api/waves")
@Tag(
    name = "Wave",
    description =
        "Survey waves and their results, with groups of fewer than the wave's k people suppressed")
class WaveApi {

  private final Results results;

  WaveApi(Results results) {
    this.results = results;
  }

  /** A wave: its instrument, period, status, k and how many were invited and have answered. */
  record WaveSummary(
      UUID id,
      String name,
      UUID instrument,
      UUID series,
      boolean anonymous,
      LocalDate opensOn,
      LocalDate closesOn,
      String status,
      int minGroup,
      int invited,
      int answered) {

    static WaveSummary of(ResultWave wave) {
      return new WaveSummary(
          wave.id(),
          wave.name(),
          wave.instrument().value(),
          wave.series(),
          wave.anonymous(),
          wave.opensOn(),
          wave.closesOn(),
          wave.status(),
          wave.k(),
          wave.invited(),
          wave.answered());
    }
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER')")
  @Operation(
      summary = "The organisation's waves",
      description = "Newest first, with invited and answered counts (minGroup is the wave's k).")
  List<WaveSummary> list() {
    return results.waves().stream().map(WaveSummary::of).toList();
  }

  @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER')")
  @Operation(summary = "One wave", description = "404 for a wave not in the organisation.")
  WaveSummary get(@PathVariable UUID id) {
    return WaveSummary.of(results.wave(id));
  }

  @GetMapping(value = "/{id}/results", produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER')")
  @Operation(
      summary = "A wave's results",
      description =
          "One row per unit, professional group, or unit and group (by=unit|group|unit-group),"
              + " then the whole wave (\"whole\": true). Each figure is {\"n\": 19, \"mean\": 3.58}"
              + " (items add \"answers\": counts per point, opt-out or choice code), or"
              + " {\"suppressed\": true} with no n or mean where it covers fewer than the wave's k"
              + " people or would let such a group be worked out (docs/surveys.md). A manager gets"
              + " only the units they manage, with no whole-wave row, and by=group as unit-group."
              + " The trend holds the construct figures of each opened wave of the series.")
  ResponseEntity<?> results(
      @PathVariable UUID id,
      @Parameter(description = "unit, group or unit-group") @RequestParam(defaultValue = "unit")
          String by) {
    ResultBreakdown breakdown = ResultBreakdown.ofCode(by).orElse(null);
    if (breakdown == null) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.BAD_REQUEST, "by must be unit, group or unit-group");
      return ResponseEntity.badRequest()
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    ResultSheet sheet = results.sheet(id, breakdown);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("wave", WaveSummary.of(sheet.wave()));
    body.put("by", sheet.by().code());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int r = 0; r < sheet.rows().size(); r++) {
      ResultSheet.Row row = sheet.rows().get(r);
      Map<String, Object> line = row(row);
      line.put("respondents", figure(sheet.respondents().get(r), false));
      Map<String, Object> constructs = new LinkedHashMap<>();
      for (ResultSheet.Line construct : sheet.constructs()) {
        constructs.put(construct.code(), figure(construct.figures().get(r), false));
      }
      line.put("constructs", constructs);
      Map<String, Object> items = new LinkedHashMap<>();
      for (ResultSheet.Line item : sheet.items()) {
        items.put(item.code(), figure(item.figures().get(r), true));
      }
      line.put("items", items);
      ResultSheet.Rate rate = sheet.rates().get(r);
      line.put(
          "responseRate",
          rate.suppressed()
              ? Map.of("suppressed", true)
              : Map.of("invited", rate.invited(), "answered", rate.answered()));
      rows.add(line);
    }
    body.put("rows", rows);
    List<Map<String, Object>> trend = new ArrayList<>();
    for (ResultSheet.TrendPoint point : sheet.trend()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("wave", point.wave());
      line.put("name", point.name());
      line.put("opensOn", point.opensOn());
      line.putAll(row(point.row()));
      Map<String, Object> constructs = new LinkedHashMap<>();
      point.constructs().forEach((code, figure) -> constructs.put(code, figure(figure, false)));
      line.put("constructs", constructs);
      trend.add(line);
    }
    body.put("trend", trend);
    return ResponseEntity.ok(body);
  }

  private static Map<String, Object> row(ResultSheet.Row row) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("whole", row.whole());
    @Nullable UUID unit = row.unit();
    @Nullable String group = row.group();
    if (row.by() == ResultBreakdown.UNIT || row.by() == ResultBreakdown.UNIT_GROUP) {
      line.put("unit", unit == null ? "none" : unit.toString());
    }
    if (row.by() == ResultBreakdown.GROUP || row.by() == ResultBreakdown.UNIT_GROUP) {
      line.put("group", group == null ? "none" : group);
    }
    return line;
  }

  private static Map<String, Object> figure(ResultFigure figure, boolean answers) {
    if (figure.suppressed()) {
      return Map.of("suppressed", true);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n", figure.n());
    Double mean = figure.mean();
    if (mean != null) {
      out.put("mean", mean);
    }
    if (answers) {
      out.put("answers", new java.util.TreeMap<>(figure.distribution()));
    }
    return out;
  }
}
