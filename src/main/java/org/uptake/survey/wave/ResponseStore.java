package org.uptake.survey.wave;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AuditTrail;
import org.uptake.platform.TenantContext;
import org.uptake.survey.Answer;
import org.uptake.survey.Instrument;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.Instruments;
import org.uptake.survey.Scoring;
import org.uptake.task.Tasks;

/**
 * The rows of answering, for one invitation, in the invitation's organisation. Every method first
 * checks that the wave takes answers now and the person has not answered.
 */
@Component
class ResponseStore {

  /** One invitation: the person and the wave, in an organisation. */
  record Invitation(UUID organisation, WaveId wave, UUID staff) {}

  private record WaveRow(
      String name,
      boolean anonymous,
      WaveStatus status,
      LocalDate opensOn,
      LocalDate closesOn,
      InstrumentId instrument,
      @Nullable String draft) {}

  private final JdbcClient jdbc;
  private final Instruments instruments;
  private final org.uptake.access.Accounts accounts;
  private final Tasks tasks;
  private final AuditTrail audit;
  private final Clock clock;
  // published versions never change, so they are read and parsed once
  private final Map<UUID, Instrument> published = new ConcurrentHashMap<>();

  ResponseStore(
      JdbcClient jdbc,
      Instruments instruments,
      org.uptake.access.Accounts accounts,
      Tasks tasks,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.instruments = instruments;
    this.accounts = accounts;
    this.tasks = tasks;
    this.audit = audit;
    this.clock = clock;
  }

  /** The invitation of a link's hash, in whichever organisation it is; needs no tenant. */
  Optional<Invitation> byHash(byte[] hash) {
    return jdbc.sql("select organisation_id, wave_id, staff_id from uptake_survey_link(:hash)")
        .param("hash", hash)
        .query(
            (rs, row) ->
                new Invitation(
                    rs.getObject("organisation_id", UUID.class),
                    new WaveId(rs.getObject("wave_id", UUID.class)),
                    rs.getObject("staff_id", UUID.class)))
        .optional();
  }

  /** The signed-in person's invitation to a wave of their organisation. */
  @Transactional(readOnly = true)
  Optional<Invitation> bySignedIn(WaveId wave, AccountId account) {
    return accounts
        .staffOf(account)
        .flatMap(
            staff ->
                jdbc.sql(
                        "select staff_id from survey_invitation where wave_id = :wave and staff_id = :staff")
                    .param("wave", wave.value())
                    .param("staff", staff)
                    .query(UUID.class)
                    .optional())
        .map(staff -> new Invitation(TenantContext.require().value(), wave, staff));
  }

  /**
   * The form with any saved progress. One statement, so no transaction of its own (the wave row,
   * the invitation and the draft are read together); a published instrument is kept once read.
   */
  AnswerPage page(Invitation invitation) {
    WaveRow wave = usable(invitation);
    return page(invitation, wave, instrument(wave.instrument()));
  }

  private static AnswerPage page(Invitation invitation, WaveRow wave, Instrument instrument) {
    Optional<String> draft = Optional.ofNullable(wave.draft());
    AnswerSheet sheet =
        AnswerSheet.of(instrument, draft.map(AnswerJson::readAnswers).orElse(Map.of()));
    return new AnswerPage(
        invitation.wave(),
        wave.name(),
        wave.anonymous(),
        wave.closesOn(),
        wave.instrument(),
        instrument,
        sheet,
        draft.isPresent());
  }

  @Transactional
  void saveDraft(Invitation invitation, Map<String, Answer> answers) {
    usable(invitation);
    jdbc.sql(
            """
            insert into survey_draft (organisation_id, wave_id, staff_id, answers, saved_on)
            values (:organisation, :wave, :staff, cast(:answers as jsonb), :today)
            on conflict (wave_id, staff_id) do update set answers = excluded.answers, saved_on = excluded.saved_on
            """)
        .param("organisation", invitation.organisation())
        .param("wave", invitation.wave().value())
        .param("staff", invitation.staff())
        .param("answers", AnswerJson.answers(answers))
        .param("today", today())
        .update();
  }

  /**
   * Reads the form's fields and, if they are complete, sends them: marks the invitation answered
   * (on this day only), keeps the response with the person's unit and group and, in an identified
   * wave only, whose it is; queues it for the results; deletes saved progress; and marks the
   * person's inbox task done if they have an account. All in one transaction, with the checks read
   * once.
   *
   * @return empty when the answers were sent, else the form with the problems (nothing stored)
   * @throws AnswerRefused if the wave takes no answers or the person has answered, also when a
   *     second submission of the same link raced this one
   */
  @Transactional
  Optional<AnswerPage> send(Invitation invitation, Map<String, List<String>> fields) {
    WaveRow wave = usable(invitation);
    Instrument instrument = instrument(wave.instrument());
    AnswerSheet sheet = AnswerSheet.read(instrument, fields);
    if (!sheet.complete()) {
      return Optional.of(page(invitation, wave, instrument).withSheet(sheet));
    }
    submit(invitation, wave, instrument, sheet.answers());
    return Optional.empty();
  }

  private void submit(
      Invitation invitation, WaveRow wave, Instrument instrument, Map<String, Answer> answers) {
    Map<String, @Nullable Double> scores = Scoring.score(instrument, answers);
    // One statement: the invitation marked answered (a second, racing submission waits for this
    // row and then finds it answered: no row, refused), the person placed in their unit and group
    // of now, the response kept and queued for the results, the draft deleted, and the person's
    // account found for the inbox task. Nothing comes back when the invitation was answered.
    Sent sent =
        jdbc.sql(
                """
                with marked as (
                  update survey_invitation set answered_on = :today
                   where wave_id = :wave and staff_id = :staff and answered_on is null
                  returning staff_id),
                placed as (
                  select s.unit_id, s.professional_group,
                         (select a.id from account a where a.staff_id = s.id and a.enabled limit 1) as account_id
                    from marked join staff s on s.id = marked.staff_id),
                response as (
                  insert into survey_response (organisation_id, wave_id, unit_id, professional_group, answers, scores)
                  select :organisation, :wave, unit_id, professional_group, cast(:answers as jsonb), cast(:scores as jsonb)
                    from placed
                  returning id, organisation_id, wave_id),
                draft as (delete from survey_draft where wave_id = :wave and staff_id = :staff),
                queued as (
                  insert into survey_response_untallied (response_id, organisation_id, wave_id)
                  select id, organisation_id, wave_id from response
                  returning response_id)
                select queued.response_id, placed.account_id from queued cross join placed
                """)
            .param("today", today())
            .param("wave", invitation.wave().value())
            .param("staff", invitation.staff())
            .param("organisation", invitation.organisation())
            .param("answers", AnswerJson.answers(answers))
            .param("scores", AnswerJson.scores(scores))
            .query(
                (rs, row) ->
                    new Sent(
                        rs.getObject("response_id", UUID.class),
                        rs.getObject("account_id", UUID.class)))
            .optional()
            .orElseThrow(() -> new AnswerRefused(AnswerRefused.Reason.ANSWERED));
    if (!wave.anonymous()) {
      jdbc.sql(
              """
              insert into survey_response_person (response_id, organisation_id, wave_id, staff_id)
              values (:response, :organisation, :wave, :staff)
              """)
          .param("response", sent.response())
          .param("organisation", invitation.organisation())
          .param("wave", invitation.wave().value())
          .param("staff", invitation.staff())
          .update();
      // an identified answer is personal data; an anonymous one is not audited, since the
      // entry's time and id would join the answer to the person
      audit.changed("ANSWER", "survey_response", sent.response(), null);
    }
    // no account, no inbox task: nothing more to do for most people answering by link
    if (sent.account() != null) {
      tasks.completeLinked(
          new AccountId(sent.account()), "/waves/" + invitation.wave() + "/answer");
    }
  }

  /** A response kept, and the account of its person if they have one. */
  private record Sent(UUID response, @Nullable UUID account) {}

  private WaveRow usable(Invitation invitation) {
    WaveRow wave =
        jdbc.sql(
                """
                select w.name, w.anonymous, w.status, w.opens_on, w.closes_on, w.instrument_id,
                       i.answered_on, d.answers::text as draft
                  from survey_wave w join survey_invitation i on i.wave_id = w.id
                       left join survey_draft d on d.wave_id = i.wave_id and d.staff_id = i.staff_id
                 where w.id = :wave and i.staff_id = :staff and w.organisation_id = :organisation
                """)
            .param("wave", invitation.wave().value())
            .param("staff", invitation.staff())
            .param("organisation", invitation.organisation())
            .query(
                (rs, row) -> {
                  if (rs.getObject("answered_on") != null) {
                    throw new AnswerRefused(AnswerRefused.Reason.ANSWERED);
                  }
                  return new WaveRow(
                      rs.getString("name"),
                      rs.getBoolean("anonymous"),
                      WaveStatus.valueOf(rs.getString("status")),
                      rs.getObject("opens_on", LocalDate.class),
                      rs.getObject("closes_on", LocalDate.class),
                      new InstrumentId(rs.getObject("instrument_id", UUID.class)),
                      rs.getString("draft"));
                })
            .optional()
            .orElseThrow(() -> new AnswerRefused(AnswerRefused.Reason.UNKNOWN));
    LocalDate today = today();
    return switch (wave.status()) {
      case DRAFT -> throw new AnswerRefused(AnswerRefused.Reason.UNKNOWN);
      case CLOSED -> throw new AnswerRefused(AnswerRefused.Reason.CLOSED);
      case OPEN -> {
        if (today.isAfter(wave.closesOn())) {
          throw new AnswerRefused(AnswerRefused.Reason.CLOSED);
        }
        if (today.isBefore(wave.opensOn())) {
          throw new AnswerRefused(AnswerRefused.Reason.NOT_YET_OPEN);
        }
        yield wave;
      }
    };
  }

  private Instrument instrument(InstrumentId id) {
    return published.computeIfAbsent(id.value(), key -> instruments.get(id).instrument());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
