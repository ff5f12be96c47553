package org.uptake.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.InstrumentProblem;
import org.uptake.survey.Instruments;

@RestController
@RequestMapping("/api/instruments")
@Tag(
    name = "Instrument",
    description =
        "Survey instruments as FHIR R4 Questionnaires, and Uptake's scoring of QuestionnaireResponses")
class InstrumentApi {

  static final String FHIR_JSON = "application/fhir+json";

  private final Instruments instruments;
  private final MessageSource messages;

  InstrumentApi(Instruments instruments, MessageSource messages) {
    this.instruments = instruments;
    this.messages = messages;
  }

  @PostMapping(consumes = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  @Operation(
      summary = "Import an instrument from a FHIR R4 Questionnaire",
      description =
          "The Questionnaire is validated against FHIR R4 and read with Uptake's extensions"
              + " (docs/fhir.md): constructs, scoring rule, least share answered, reverse scoring,"
              + " opt-outs. It is stored as a draft; if its code (the last part of its url) is taken,"
              + " as the next version. Answers 201 with the new id and its Location; 400 for text that"
              + " is not a Questionnaire, 422 for one Uptake cannot take (unknown item type, missing or"
              + " repeated linkId, ...), with a problem detail in the caller's language.")
  ResponseEntity<Map<String, String>> create(@RequestBody String questionnaire) {
    InstrumentId id = instruments.importQuestionnaire(questionnaire);
    return ResponseEntity.created(URI.create("/api/instruments/" + id))
        .body(Map.of("id", id.toString()));
  }

  /** One instrument version in the list: enough to pick it and to ask for its Questionnaire. */
  record InstrumentSummary(
      UUID id, String code, int version, String title, String status, List<String> constructs) {}

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  @Operation(
      summary = "The organisation's instruments",
      description =
          "Every version, by code and newest version first, with its title in the caller's"
              + " language (or the instrument's first language), its status and its construct codes."
              + " The full instrument is at /api/instruments/{id}.")
  List<InstrumentSummary> list(Locale locale) {
    return instruments.list().stream()
        .map(
            stored ->
                new InstrumentSummary(
                    stored.id().value(),
                    stored.instrument().code(),
                    stored.instrument().version(),
                    stored.instrument().title().in(locale),
                    stored.status().name(),
                    stored.instrument().constructs().stream().map(c -> c.code()).toList()))
        .toList();
  }

  @GetMapping(value = "/{id}", produces = FHIR_JSON)
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  @Operation(
      summary = "An instrument version as a FHIR R4 Questionnaire",
      description =
          "Status active if published, draft otherwise. 404 for an id not in the organisation.")
  ResponseEntity<String> get(@PathVariable UUID id) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(FHIR_JSON))
        .body(instruments.questionnaire(new InstrumentId(id)));
  }

  @PostMapping(
      value = "/{id}/score",
      consumes = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION')")
  @Operation(
      summary = "Score a FHIR QuestionnaireResponse",
      description =
          "The scores of each construct of the instrument, e.g. {\"scores\": {\"npt.coherence\": 3.5,"
              + " \"npt.collective-action\": null}}: null where fewer than the instrument's least share"
              + " of items were answered (opt-outs do not count). Nothing is stored. 422 for an answer"
              + " out of range or not one of the item's answers.")
  Map<String, Object> score(@PathVariable UUID id, @RequestBody String response) {
    return Map.of("scores", instruments.score(new InstrumentId(id), response));
  }

  @ExceptionHandler(InstrumentProblem.class)
  ResponseEntity<ProblemDetail> refused(InstrumentProblem problem) {
    boolean unreadable =
        problem.key().equals("survey.problem.malformed")
            || problem.key().equals("survey.problem.wrong-resource");
    HttpStatus status = unreadable ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
    String detail =
        messages.getMessage(
            problem.key(), problem.args(), problem.getMessage(), LocaleContextHolder.getLocale());
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setProperty("code", problem.key());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
