package org.uptake.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.platform.Fhir;
import org.uptake.platform.FhirFormatException;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * The organisation's survey instruments. Evaluators (researchers), leads and admins write them;
 * managers and champions read them and use their scoring. Each row is one version; a published
 * version is frozen, and editing it makes a new draft version. Every instrument taken in is checked
 * against the FHIR R4 specification and Uptake's rules before anything is stored.
 */
@Service
public class Instruments {

  static final String READERS =
      "hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION') or @systemWork.active()";
  static final String WRITERS = "hasAnyRole('ADMIN','LEAD','RESEARCHER') or @systemWork.active()";

  /** The instruments shipped with Uptake, by name, in {@code survey/instruments/}. */
  public static final List<String> LIBRARY =
      List.of("npt-practices", "readiness-factors", "competence-self-assessment");

  private final JdbcClient jdbc;
  private final Fhir fhir;
  private final AuditTrail audit;

  Instruments(JdbcClient jdbc, Fhir fhir, AuditTrail audit) {
    this.jdbc = jdbc;
    this.fhir = fhir;
    this.audit = audit;
  }

  /** Every version of every instrument, by code and newest version first. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<StoredInstrument> list() {
    return jdbc.sql(
            """
            select id, status, source, previous_id, questionnaire::text as questionnaire
              from survey_instrument order by code, version desc
            """)
        .query(this::row)
        .list();
  }

  /**
   * One version.
   *
   * @throws NotFoundException if it is not in the organisation
   */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public StoredInstrument get(InstrumentId id) {
    return jdbc.sql(
            """
            select id, status, source, previous_id, questionnaire::text as questionnaire
              from survey_instrument where id = ?
            """)
        .param(id.value())
        .query(this::row)
        .optional()
        .orElseThrow(() -> new NotFoundException("instrument"));
  }

  /** The version as a FHIR R4 Questionnaire in JSON. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public String questionnaire(InstrumentId id) {
    StoredInstrument stored = get(id);
    return fhir.toJson(
        QuestionnaireExport.toQuestionnaire(stored.instrument(), stored.published()));
  }

  /**
   * Takes in a FHIR R4 Questionnaire (JSON) as a new draft; if its code is taken, as the next
   * version of that code.
   *
   * @throws InstrumentProblem for text that is not a Questionnaire, is not valid FHIR, or that
   *     Uptake cannot ask or score; nothing is stored then
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public InstrumentId importQuestionnaire(String json) {
    Instrument instrument = read(json);
    return insert(instrument.withVersion(nextVersion(instrument.code())), "IMPORTED", null, false);
  }

  /** Adds a shipped instrument, published, as the next version of its code. */
  @PreAuthorize(WRITERS)
  @Transactional
  public InstrumentId addFromLibrary(String name) {
    if (!LIBRARY.contains(name)) {
      throw new NotFoundException("library instrument");
    }
    // the shipped files are validated against FHIR R4 by a test, so they skip the slow validator
    Instrument instrument =
        QuestionnaireImport.fromQuestionnaire(fhir.parse(library(name), Questionnaire.class));
    return insert(instrument.withVersion(nextVersion(instrument.code())), "LIBRARY", null, true);
  }

  /** The shipped instruments' titles by name, read from their files. */
  @PreAuthorize(READERS)
  public Map<String, Texts> library() {
    Map<String, Texts> titles = new java.util.LinkedHashMap<>();
    for (String name : LIBRARY) {
      titles.put(
          name,
          QuestionnaireImport.fromQuestionnaire(fhir.parse(library(name), Questionnaire.class))
              .title());
    }
    return titles;
  }

  /**
   * Starts a new instrument in the browser, a draft with no items.
   *
   * @throws InstrumentProblem if the code is taken or not valid
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public InstrumentId create(String code, Texts title, double minShare) {
    Instrument instrument = new Instrument(code, 1, title, minShare, List.of(), List.of());
    if (nextVersion(code) > 1) {
      throw new InstrumentProblem(
          "survey.problem.code-taken", "Code '" + code + "' is taken", code);
    }
    return insert(instrument, "BUILT", null, false);
  }

  /** Adds a construct to a draft. */
  @PreAuthorize(WRITERS)
  @Transactional
  public void addConstruct(InstrumentId id, Construct construct) {
    StoredInstrument draft = requireDraft(id);
    update(id, draft.instrument().withConstruct(construct));
  }

  /** Adds an item at the end of a draft. */
  @PreAuthorize(WRITERS)
  @Transactional
  public void addItem(InstrumentId id, Item item) {
    StoredInstrument draft = requireDraft(id);
    update(id, draft.instrument().withItem(item));
  }

  /**
   * Freezes a draft so that it can be used.
   *
   * @throws InstrumentProblem if it is published already or has no items
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public void publish(InstrumentId id) {
    StoredInstrument draft = requireDraft(id);
    if (draft.instrument().items().isEmpty()) {
      throw new InstrumentProblem("survey.problem.no-items", "The instrument has no items");
    }
    jdbc.sql(
            """
            update survey_instrument set status = 'PUBLISHED', published_at = now(),
                   published_by = :actor, updated_at = now(), updated_by = :actor
             where id = :id
            """)
        .param("id", id.value())
        .param("actor", actorId())
        .update();
    audit.changed("PUBLISH", "survey_instrument", id.value(), null);
  }

  /**
   * Makes a new draft version of a published instrument to edit; the published one stays as it is.
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public InstrumentId newVersion(InstrumentId id) {
    StoredInstrument published = get(id);
    Instrument instrument = published.instrument();
    return insert(
        instrument.withVersion(nextVersion(instrument.code())), published.source(), id, false);
  }

  /**
   * The construct scores of a FHIR QuestionnaireResponse (JSON), null where too few items were
   * answered.
   *
   * @throws InstrumentProblem for text that is not a QuestionnaireResponse, or an answer that does
   *     not fit its item
   */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public Map<String, @Nullable Double> score(InstrumentId id, String responseJson) {
    Instrument instrument = get(id).instrument();
    QuestionnaireResponse response = parse(responseJson, QuestionnaireResponse.class);
    return Scoring.score(instrument, QuestionnaireImport.answers(instrument, response));
  }

  private Instrument read(String json) {
    Questionnaire questionnaire = parse(json, Questionnaire.class);
    // Uptake's own rules first: their messages say more than the validator's
    Instrument instrument = QuestionnaireImport.fromQuestionnaire(questionnaire);
    if (instrument.items().isEmpty()) {
      throw new InstrumentProblem("survey.problem.no-items", "The instrument has no items");
    }
    List<String> errors = fhir.errors(questionnaire);
    if (!errors.isEmpty()) {
      throw new InstrumentProblem(
          "survey.problem.invalid-fhir",
          "Not valid FHIR R4: " + errors.getFirst(),
          errors.getFirst());
    }
    return instrument;
  }

  private <T extends org.hl7.fhir.instance.model.api.IBaseResource> T parse(
      String json, Class<T> type) {
    try {
      return fhir.parse(json, type);
    } catch (FhirFormatException e) {
      if (e.kind() == FhirFormatException.Kind.MALFORMED) {
        throw new InstrumentProblem(
            "survey.problem.malformed", "The file is not FHIR JSON", type.getSimpleName());
      }
      throw new InstrumentProblem(
          "survey.problem.wrong-resource",
          "Expected a " + type.getSimpleName() + ", found a " + e.detail(),
          type.getSimpleName(),
          String.valueOf(e.detail()));
    }
  }

  private StoredInstrument requireDraft(InstrumentId id) {
    StoredInstrument stored = get(id);
    if (stored.published()) {
      throw new InstrumentProblem(
          "survey.problem.published", "A published version cannot change; make a new version");
    }
    return stored;
  }

  private int nextVersion(String code) {
    return jdbc.sql("select coalesce(max(version), 0) + 1 from survey_instrument where code = ?")
        .param(code)
        .query(Integer.class)
        .single();
  }

  private InstrumentId insert(
      Instrument instrument, String source, @Nullable InstrumentId previous, boolean published) {
    UUID id =
        jdbc.sql(
                """
                insert into survey_instrument (organisation_id, code, version, status, source,
                                               questionnaire, previous_id, created_by, updated_by,
                                               published_at, published_by)
                values (:organisation, :code, :version, :status, :source, cast(:json as jsonb),
                        :previous, :actor, :actor,
                        case when :published then now() end,
                        case when :published then cast(:actor as uuid) end)
                returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("code", instrument.code())
            .param("version", instrument.version())
            .param("status", published ? "PUBLISHED" : "DRAFT")
            .param("source", source)
            .param("json", json(instrument))
            .param("previous", previous == null ? null : previous.value())
            .param("actor", actorId())
            .param("published", published)
            .query(UUID.class)
            .single();
    audit.changed(
        "CREATE", "survey_instrument", id, instrument.code() + " v" + instrument.version());
    return new InstrumentId(id);
  }

  private void update(InstrumentId id, Instrument instrument) {
    jdbc.sql(
            """
            update survey_instrument set questionnaire = cast(:json as jsonb), updated_at = now(),
                   updated_by = :actor
             where id = :id
            """)
        .param("id", id.value())
        .param("json", json(instrument))
        .param("actor", actorId())
        .update();
    audit.changed("UPDATE", "survey_instrument", id.value(), null);
  }

  private String json(Instrument instrument) {
    return fhir.json()
        .encodeResourceToString(QuestionnaireExport.toQuestionnaire(instrument, false));
  }

  private StoredInstrument row(ResultSet rs, int row) throws SQLException {
    Questionnaire questionnaire =
        fhir.json().parseResource(Questionnaire.class, rs.getString("questionnaire"));
    UUID previous = rs.getObject("previous_id", UUID.class);
    return new StoredInstrument(
        new InstrumentId(rs.getObject("id", UUID.class)),
        QuestionnaireImport.fromQuestionnaire(questionnaire),
        InstrumentStatus.valueOf(rs.getString("status")),
        rs.getString("source"),
        previous == null ? null : new InstrumentId(previous));
  }

  private static String library(String name) {
    try (InputStream in =
        new ClassPathResource("survey/instruments/" + name + ".questionnaire.json")
            .getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable UUID actorId() {
    return CurrentUser.accountId().map(account -> account.value()).orElse(null);
  }
}
