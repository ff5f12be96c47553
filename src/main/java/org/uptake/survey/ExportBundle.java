package org.uptake.survey;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AuditTrail;
import org.uptake.platform.Fhir;

/**
 * The responses of an identified wave as a FHIR R4 Bundle (type collection) of
 * QuestionnaireResponses, each pointing at the instrument's canonical url and version and naming
 * the person who answered by their staff id. Anonymous waves are refused: their responses belong to
 * no one. Reading people's answers is personal data, so it is audited, and managers, who see only
 * suppressed figures, may not.
 */
@Service
public class ExportBundle {

  /** The identifier system of staff ids in the Bundle. */
  public static final String STAFF_SYSTEM = FhirTerms.BASE + "staff";

  private final Results results;
  private final Instruments instruments;
  private final JdbcClient jdbc;
  private final Fhir fhir;
  private final AuditTrail audit;

  ExportBundle(
      Results results, Instruments instruments, JdbcClient jdbc, Fhir fhir, AuditTrail audit) {
    this.results = results;
    this.instruments = instruments;
    this.jdbc = jdbc;
    this.fhir = fhir;
    this.audit = audit;
  }

  /**
   * The Bundle as JSON.
   *
   * @throws ExportRefused for an anonymous wave
   * @throws org.uptake.platform.NotFoundException for a wave not in the organisation
   */
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','RESEARCHER')")
  @Transactional(readOnly = true)
  public String bundle(UUID waveId) {
    ResultWave wave = results.wave(waveId);
    if (wave.anonymous()) {
      throw new ExportRefused(
          "results.bundle.anonymous", "An anonymous wave's responses are not linked to anyone");
    }
    Instrument instrument = instruments.get(wave.instrument()).instrument();
    String canonical =
        FhirTerms.QUESTIONNAIRE_BASE + instrument.code() + "|" + instrument.version();
    Map<UUID, QuestionnaireResponse> responses = new LinkedHashMap<>();
    Map<UUID, Map<String, QuestionnaireResponseItemComponent>> items = new LinkedHashMap<>();
    jdbc.sql(
            """
            select r.id, p.staff_id, p.submitted_at, a.key,
                   coalesce(a.value ->> 'value', a.value ->> 'optOut', a.value ->> 'text') as single,
                   a.value -> 'optOut' is not null as opt_out, c.code as choice
              from survey_response r
                   join survey_response_person p on p.response_id = r.id
                   cross join lateral jsonb_each(r.answers) a
                   left join lateral jsonb_array_elements_text(
                       case when jsonb_typeof(a.value -> 'choices') = 'array'
                            then a.value -> 'choices' else '[]'::jsonb end) c(code) on true
             where r.wave_id = ?
             order by p.submitted_at, r.id
            """)
        .param(waveId)
        .query(
            rs -> {
              UUID id = rs.getObject("id", UUID.class);
              QuestionnaireResponse response =
                  responses.computeIfAbsent(id, key -> newResponse(key, canonical, rs));
              Item item = instrument.item(rs.getString("key")).orElse(null);
              if (item == null) {
                return;
              }
              QuestionnaireResponseItemComponent answer =
                  items
                      .computeIfAbsent(id, key -> new LinkedHashMap<>())
                      .computeIfAbsent(
                          item.linkId(),
                          linkId -> new QuestionnaireResponseItemComponent().setLinkId(linkId));
              add(
                  answer,
                  item,
                  rs.getString("single"),
                  rs.getBoolean("opt_out"),
                  rs.getString("choice"));
            });
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    bundle.setTimestamp(new Date());
    for (var entry : responses.entrySet()) {
      QuestionnaireResponse response = entry.getValue();
      Map<String, QuestionnaireResponseItemComponent> answered =
          items.getOrDefault(entry.getKey(), Map.of());
      for (Item item : instrument.items()) {
        QuestionnaireResponseItemComponent component = answered.get(item.linkId());
        if (component != null && !component.getAnswer().isEmpty()) {
          response.addItem(component);
        }
      }
      bundle.addEntry().setFullUrl("urn:uuid:" + entry.getKey()).setResource(response);
    }
    audit.read("survey_response", waveId, "FHIR Bundle of " + responses.size() + " responses");
    return fhir.toJson(bundle);
  }

  private static QuestionnaireResponse newResponse(
      UUID id, String canonical, java.sql.ResultSet rs) {
    try {
      QuestionnaireResponse response = new QuestionnaireResponse();
      response.setId(id.toString());
      response.setQuestionnaire(canonical);
      response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
      Timestamp submitted = rs.getTimestamp("submitted_at");
      response.setAuthored(new Date(submitted.getTime()));
      response.setSource(
          new Reference()
              .setType("Practitioner")
              .setIdentifier(
                  new Identifier()
                      .setSystem(STAFF_SYSTEM)
                      .setValue(rs.getObject("staff_id", UUID.class).toString())));
      return response;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void add(
      QuestionnaireResponseItemComponent component,
      Item item,
      @org.jspecify.annotations.Nullable String single,
      boolean optOut,
      @org.jspecify.annotations.Nullable String choice) {
    List<org.hl7.fhir.r4.model.Type> values = new ArrayList<>();
    switch (item.type()) {
      case AGREEMENT_5 -> {
        if (single != null) {
          values.add(
              new Coding()
                  .setSystem(optOut ? FhirTerms.OPT_OUT_SYSTEM : FhirTerms.AGREEMENT_SYSTEM)
                  .setCode(single));
        }
      }
      case SCALE_0_10 -> {
        if (single != null) {
          values.add(new IntegerType(Integer.parseInt(single)));
        }
      }
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        if (choice != null) {
          values.add(new Coding().setSystem(FhirTerms.ANSWER_SYSTEM).setCode(choice));
        }
      }
      case FREE_TEXT -> {
        if (single != null) {
          values.add(new StringType(single));
        }
      }
    }
    values.forEach(value -> component.addAnswer().setValue(value));
  }
}
