package org.uptake.usage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.usage.ImportReport;
import org.uptake.usage.UsageFormat;
import org.uptake.usage.UsageImporter;

@RestController
@Tag(name = "Usage", description = "Usage events from the service's own logs")
class UsageApi {

  record ProblemJson(long line, String reason, List<String> args, String message) {}

  record BatchJson(
      int batch,
      String importId,
      long firstLine,
      long lastLine,
      long events,
      long inserted,
      long duplicates,
      long malformed,
      long unknownUserEvents,
      List<ProblemJson> problems,
      boolean problemsTruncated,
      Instant committedAt) {}

  record StreamJson(
      String source,
      long lines,
      long inserted,
      long duplicates,
      long malformed,
      long unknownUserEvents,
      List<BatchJson> batches) {}

  private final UsageImporter importer;
  private final MessageSource messages;

  UsageApi(UsageImporter importer, MessageSource messages) {
    this.importer = importer;
    this.messages = messages;
  }

  @PostMapping(
      path = "/api/usage-events",
      consumes = {
        "application/x-ndjson",
        "application/fhir+ndjson",
        "application/json",
        MediaType.TEXT_PLAIN_VALUE
      })
  @PreAuthorize("hasRole('ADMIN')")
  @Operation(
      summary = "Push usage events as a streamed NDJSON body",
      description =
          "One JSON object per line: time (ISO-8601 with offset, or epoch milliseconds), user, action, and"
              + " optionally unit and id. The body is read as it arrives and cut into numbered batches of"
              + " 50,000 lines; each batch is committed on its own, all its valid lines or none, and reported"
              + " with its line range. Events already stored (same id, or same time, user and action) are"
              + " counted as duplicates and change nothing, so a client that lost the connection resends from"
              + " the first batch it did not see acknowledged. Malformed lines are reported by line number;"
              + " messages follow Accept-Language. 404 if the organisation has no source of that name."
              + " FHIR R4 AuditEvent resources, one per line, are read with Content-Type"
              + " application/fhir+ndjson or format=FHIR_AUDIT_EVENT: agent who (the requestor), recorded,"
              + " subtype code (else action), source.site as the unit, and the resource id as the event id.")
  StreamJson push(
      @Parameter(description = "the source's name, as set up by the admin") @RequestParam
          String source,
      @Parameter(
              description =
                  "NDJSON (default) or FHIR_AUDIT_EVENT; application/fhir+ndjson implies the latter")
          @RequestParam(required = false)
          @Nullable String format,
      @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
          @Nullable String contentType,
      InputStream body,
      Locale locale) {
    UsageFormat chosen = UsageFormat.NDJSON;
    if (format != null && !format.isBlank()) {
      chosen = UsageFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } else if (contentType != null
        && contentType.toLowerCase(Locale.ROOT).startsWith("application/fhir+ndjson")) {
      chosen = UsageFormat.FHIR_AUDIT_EVENT;
    }
    if (chosen == UsageFormat.CSV) {
      throw new IllegalArgumentException("format must be NDJSON or FHIR_AUDIT_EVENT");
    }
    List<ImportReport> reports =
        importer.importStream(source, chosen, body, UsageImporter.BATCH_LINES, report -> {});
    List<BatchJson> batches = reports.stream().map(r -> batch(r, locale)).toList();
    return new StreamJson(
        source,
        reports.stream().mapToLong(ImportReport::lines).sum(),
        reports.stream().mapToLong(ImportReport::inserted).sum(),
        reports.stream().mapToLong(ImportReport::duplicates).sum(),
        reports.stream().mapToLong(ImportReport::malformed).sum(),
        reports.stream().mapToLong(ImportReport::unknownUserEvents).sum(),
        batches);
  }

  private BatchJson batch(ImportReport report, Locale locale) {
    return new BatchJson(
        report.batch() == null ? 1 : report.batch(),
        report.id().toString(),
        report.firstLine(),
        report.lastLine(),
        report.events(),
        report.inserted(),
        report.duplicates(),
        report.malformed(),
        report.unknownUserEvents(),
        report.problems().stream()
            .map(
                p ->
                    new ProblemJson(
                        p.line(),
                        p.reason(),
                        p.args(),
                        messages.getMessage(p.reason(), p.args().toArray(), p.reason(), locale)))
            .toList(),
        report.problemsTruncated(),
        report.finishedAt());
  }
}
