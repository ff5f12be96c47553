package org.uptake.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uptake.organisation.RosterImport;
import org.uptake.organisation.RosterParser;
import org.uptake.organisation.RosterProblem;
import org.uptake.organisation.RosterReport;
import org.uptake.organisation.RosterRow;

@RestController
@Tag(name = "Organisation")
class RosterApi {

  record ProblemJson(int line, String reason, List<String> args, String message) {}

  record ReportJson(
      boolean applied,
      boolean clean,
      int rows,
      int created,
      int updated,
      int reactivated,
      int deactivated,
      int unchanged,
      List<String> createdEmployeeNumbers,
      List<String> updatedEmployeeNumbers,
      List<String> reactivatedEmployeeNumbers,
      List<String> deactivatedEmployeeNumbers,
      List<ProblemJson> problems) {}

  private final RosterImport roster;
  private final MessageSource messages;

  RosterApi(RosterImport roster, MessageSource messages) {
    this.roster = roster;
    this.messages = messages;
  }

  @PostMapping(path = "/api/staff/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary = "Import a staff roster (multipart, part 'file': CSV or XLSX)",
      description =
          "Applies a clean roster; with preview=true only reports. 422 with line-numbered problems if the file is not"
              + " clean, and then nothing is imported. Messages follow Accept-Language.")
  ResponseEntity<ReportJson> importMultipart(
      @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean preview,
      Locale locale)
      throws IOException {
    try (java.io.InputStream in = file.getInputStream()) {
      return respond(
          in.readNBytes(RosterParser.MAX_BYTES + 1), file.getOriginalFilename(), preview, locale);
    }
  }

  @PostMapping(
      path = "/api/staff/import",
      consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary = "Import a staff roster sent as a text/csv body",
      description = "As the multipart form.")
  ResponseEntity<ReportJson> importCsv(
      java.io.InputStream body,
      @RequestParam(defaultValue = "false") boolean preview,
      Locale locale)
      throws IOException {
    // Read one byte past the limit: enough to say "too large" without holding a huge body in
    // memory.
    return respond(body.readNBytes(RosterParser.MAX_BYTES + 1), "roster.csv", preview, locale);
  }

  private ResponseEntity<ReportJson> respond(
      byte[] content, @Nullable String filename, boolean preview, Locale locale) {
    RosterReport report =
        preview ? roster.preview(content, filename) : roster.apply(content, filename);
    ReportJson json =
        new ReportJson(
            report.applied(),
            report.clean(),
            report.rows(),
            report.created().size(),
            report.updated().size(),
            report.reactivated().size(),
            report.deactivated().size(),
            report.unchanged(),
            numbers(report.created()),
            numbers(report.updated()),
            numbers(report.reactivated()),
            report.deactivated(),
            report.problems().stream().map(problem -> problem(problem, locale)).toList());
    return ResponseEntity.status(report.clean() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
        .body(json);
  }

  private ProblemJson problem(RosterProblem problem, Locale locale) {
    String message =
        messages.getMessage(problem.reason(), problem.args().toArray(), problem.reason(), locale);
    return new ProblemJson(problem.line(), problem.reason(), problem.args(), message);
  }

  private static List<String> numbers(List<RosterRow> rows) {
    return rows.stream().map(RosterRow::employeeNumber).toList();
  }
}
