package org.uptake.survey;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.access.SystemWork;
import org.uptake.organisation.UnitId;

/**
 * Waves, invitations and responses written with SQL, for results tests: the wave service writes
 * them in the application, these put exactly the table a test needs in place. Every wave asks the
 * shipped 14-practice check (four NPT constructs, 15 agreement items).
 */
@Component
@Profile("test")
public class SurveyResultFixtures {

  private final ObjectProvider<Fixtures> fixtures;
  private final Instruments instruments;
  private final SystemWork system;
  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;

  SurveyResultFixtures(
      ObjectProvider<Fixtures> fixtures,
      Instruments instruments,
      SystemWork system,
      TransactionTemplate transactions,
      JdbcClient jdbc) {
    this.fixtures = fixtures;
    this.instruments = instruments;
    this.system = system;
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  /** The shipped 14-practice check, added as the tenant's researcher. */
  public StoredInstrument practices(Fixtures.Tenant tenant) {
    return fixtures
        .getObject()
        .as(
            tenant,
            Role.RESEARCHER,
            () -> instruments.get(instruments.addFromLibrary("npt-practices")));
  }

  /** An open wave of the instrument; a new series unless one is given. */
  public UUID wave(
      Fixtures.Tenant tenant,
      StoredInstrument instrument,
      String name,
      boolean anonymous,
      int k,
      @Nullable UUID series,
      LocalDate opensOn) {
    return sql(
        tenant,
        () ->
            jdbc.sql(
                    """
                    insert into survey_wave (organisation_id, instrument_id, series_id, name,
                                             anonymous, audience, opens_on, closes_on, min_group,
                                             status)
                    values (:organisation, :instrument, :series, :name, :anonymous, 'GROUPS',
                            :opens, :closes, :k, 'OPEN')
                    returning id
                    """)
                .param("organisation", tenant.id().value())
                .param("instrument", instrument.id().value())
                .param("series", series == null ? UUID.randomUUID() : series)
                .param("name", name)
                .param("anonymous", anonymous)
                .param("opens", opensOn)
                .param("closes", opensOn.plusDays(21))
                .param("k", k)
                .query(UUID.class)
                .single());
  }

  /** The wave's series. */
  public UUID series(Fixtures.Tenant tenant, UUID wave) {
    return sql(
        tenant,
        () ->
            jdbc.sql("select series_id from survey_wave where id = ?")
                .param(wave)
                .query(UUID.class)
                .single());
  }

  /**
   * {@code people} responses from one unit and group, each answering every item with {@code value},
   * scored as the application scores them.
   */
  public void respond(
      Fixtures.Tenant tenant,
      UUID wave,
      StoredInstrument instrument,
      @Nullable UnitId unit,
      @Nullable String group,
      int people,
      int value) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Item item : instrument.instrument().items()) {
      if (item.type().numeric()) {
        answers.put(item.linkId(), new Answer.Numeric(value));
      }
    }
    String answersJson =
        answers.keySet().stream()
            .map(linkId -> "\"" + linkId + "\": {\"value\": " + value + "}")
            .collect(Collectors.joining(", ", "{", "}"));
    String scoresJson =
        Scoring.score(instrument.instrument(), answers).entrySet().stream()
            .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
            .collect(Collectors.joining(", ", "{", "}"));
    sql(
        tenant,
        () ->
            jdbc.sql(
                    """
                    insert into survey_response (organisation_id, wave_id, unit_id,
                                                 professional_group, answers, scores)
                    select :organisation, :wave, :unit, :group, cast(:answers as jsonb),
                           cast(:scores as jsonb)
                      from generate_series(1, :people)
                    """)
                .param("organisation", tenant.id().value())
                .param("wave", wave)
                .param("unit", unit == null ? null : unit.value())
                .param("group", group)
                .param("answers", answersJson)
                .param("scores", scoresJson)
                .param("people", people)
                .update());
  }

  /** One response with the given answers (JSON, as V16 describes them) and scores. */
  public void respond(
      Fixtures.Tenant tenant,
      UUID wave,
      @Nullable UnitId unit,
      @Nullable String group,
      String answersJson,
      String scoresJson) {
    sql(
        tenant,
        () ->
            jdbc.sql(
                    """
                    insert into survey_response (organisation_id, wave_id, unit_id,
                                                 professional_group, answers, scores)
                    values (:organisation, :wave, :unit, :group, cast(:answers as jsonb),
                            cast(:scores as jsonb))
                    """)
                .param("organisation", tenant.id().value())
                .param("wave", wave)
                .param("unit", unit == null ? null : unit.value())
                .param("group", group)
                .param("answers", answersJson)
                .param("scores", scoresJson)
                .update());
  }

  /** One response of an identified wave, linked to the person who gave it. */
  public UUID respondAs(
      Fixtures.Tenant tenant,
      UUID wave,
      UUID staff,
      @Nullable UnitId unit,
      @Nullable String group,
      String answersJson,
      String scoresJson) {
    return sql(
        tenant,
        () -> {
          UUID response =
              jdbc.sql(
                      """
                      insert into survey_response (organisation_id, wave_id, unit_id,
                                                   professional_group, answers, scores)
                      values (:organisation, :wave, :unit, :group, cast(:answers as jsonb),
                              cast(:scores as jsonb))
                      returning id
                      """)
                  .param("organisation", tenant.id().value())
                  .param("wave", wave)
                  .param("unit", unit == null ? null : unit.value())
                  .param("group", group)
                  .param("answers", answersJson)
                  .param("scores", scoresJson)
                  .query(UUID.class)
                  .single();
          jdbc.sql(
                  """
                  insert into survey_response_person (response_id, organisation_id, wave_id, staff_id)
                  values (?, ?, ?, ?)
                  """)
              .params(response, tenant.id().value(), wave, staff)
              .update();
          return response;
        });
  }

  /**
   * {@code people} new staff of the unit and group invited to the wave, the first {@code answered}
   * of them marked as having answered; their ids.
   */
  public List<UUID> invite(
      Fixtures.Tenant tenant, UUID wave, UnitId unit, String group, int people, int answered) {
    return sql(
        tenant,
        () -> {
          List<UUID> staff =
              jdbc.sql(
                      """
                      insert into staff (organisation_id, employee_number, first_name, last_name,
                                         unit_id, professional_group)
                      select :organisation, 'S-' || gen_random_uuid(), 'Test', 'Person ' || n,
                             :unit, :group
                        from generate_series(1, :people) n
                      returning id
                      """)
                  .param("organisation", tenant.id().value())
                  .param("unit", unit.value())
                  .param("group", group)
                  .param("people", people)
                  .query(UUID.class)
                  .list();
          invite(tenant, wave, staff.subList(0, answered), true);
          invite(tenant, wave, staff.subList(answered, staff.size()), false);
          return staff;
        });
  }

  /** The staff invited to the wave, as having answered or not. */
  public void invite(Fixtures.Tenant tenant, UUID wave, List<UUID> staff, boolean answered) {
    sql(
        tenant,
        () -> {
          for (UUID person : staff) {
            jdbc.sql(
                    """
                    insert into survey_invitation (organisation_id, wave_id, staff_id, token_hash,
                                                   invited_on, answered_on)
                    values (:organisation, :wave, :staff, uuid_send(gen_random_uuid()), current_date,
                            case when :answered then current_date end)
                    """)
                .param("organisation", tenant.id().value())
                .param("wave", wave)
                .param("staff", person)
                .param("answered", answered)
                .update();
          }
          return null;
        });
  }

  /** Sets the wave's status, e.g. CLOSED. */
  public void status(Fixtures.Tenant tenant, UUID wave, String status) {
    sql(
        tenant,
        () ->
            jdbc.sql("update survey_wave set status = ? where id = ?")
                .params(status, wave)
                .update());
  }

  private <T> T sql(Fixtures.Tenant tenant, java.util.function.Supplier<T> work) {
    return system.run(tenant.id(), () -> transactions.execute(status -> work.get()));
  }
}
