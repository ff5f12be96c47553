package org.uptake.survey.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.StaffId;
import org.uptake.survey.InstrumentId;

/**
 * What is stored when someone answers: in an anonymous wave nothing joins the answer to the person
 * (no column, no person row, no time); in an identified wave the response is linked to its staff
 * member; two submissions of one link at once store exactly one response.
 */
@UptakeTest
class WaveAnonymityTest {

  @Autowired Fixtures fixtures;
  @Autowired WaveFixtures waveFixtures;
  @Autowired Responses responses;
  @Autowired DataSource dataSource;

  Fixtures.Tenant tenant;
  InstrumentId instrument;
  List<StaffId> nurses;

  @BeforeEach
  void setUp() throws Exception {
    waveFixtures.purgeMail();
    tenant = fixtures.tenant();
    instrument = waveFixtures.instrument(tenant);
    nurses =
        waveFixtures.staff(
            tenant, "nurse", 2, tenant.units().getFirst(), ProfessionalGroup.REGISTERED_NURSE);
  }

  private static final Map<String, List<String>> ANSWERS =
      Map.of(
          "a_q1",
          List.of("4"),
          "a_q2",
          List.of("9"),
          "a_q3",
          List.of("no"),
          "a_q4",
          List.of("No time yet"));

  @Test
  void noColumnOfAResponseCanJoinItToAPersonOrATime() {
    List<String> columns =
        JdbcClient.create(dataSource)
            .sql(
                """
                select column_name || ' ' || data_type from information_schema.columns
                 where table_name = 'survey_response' order by ordinal_position
                """)
            .query(String.class)
            .list();
    assertThat(columns)
        .containsExactly(
            "id uuid",
            "organisation_id uuid",
            "wave_id uuid",
            "unit_id uuid",
            "professional_group text",
            "answers jsonb",
            "scores jsonb");
    for (String column : columns) {
      assertThat(column)
          .doesNotContainPattern(
              "staff|account|invitation|token|person|user|time|date|_at\\b|_on\\b|created|updated");
    }
  }

  @Test
  void anAnonymousAnswerHasNoPersonRowAndTheDatabaseRefusesOne() throws Exception {
    WaveId wave =
        waveFixtures.open(
            tenant,
            instrument,
            true,
            List.of(),
            LocalDate.now(),
            LocalDate.now().plusDays(7),
            null,
            0);
    String secret = waveFixtures.links().get(WaveFixtures.email(tenant, "nurse", 1));
    assertThat(responses.submit(secret, ANSWERS)).isEmpty();

    assertThat(
            waveFixtures.count(
                tenant,
                "select count(*) from survey_response_person where wave_id = :wave",
                wave.value()))
        .isZero();
    UUID response =
        waveFixtures.sql(
            tenant,
            jdbc ->
                jdbc.sql("select id from survey_response where wave_id = :wave")
                    .param("wave", wave.value())
                    .query(UUID.class)
                    .single());
    assertThatThrownBy(
            () ->
                waveFixtures.sql(
                    tenant,
                    jdbc ->
                        jdbc.sql(
                                """
                                insert into survey_response_person (response_id, organisation_id, wave_id, staff_id)
                                values (:response, :organisation, :wave, :staff)
                                """)
                            .param("response", response)
                            .param("organisation", tenant.id().value())
                            .param("wave", wave.value())
                            .param("staff", nurses.getFirst().value())
                            .update()))
        .hasMessageContaining("is anonymous");
    assertThat(
            waveFixtures.count(
                tenant,
                "select count(*) from audit_event where entity_id = cast(:wave as text)"
                    + " or entity_type = 'survey_response'",
                response))
        .as("no audit entry names the anonymous response")
        .isZero();
  }

  @Test
  void anIdentifiedAnswerIsLinkedToTheStaffMemberWithItsUnitGroupAnswersAndScores()
      throws Exception {
    WaveId wave =
        waveFixtures.open(
            tenant,
            instrument,
            false,
            List.of(),
            LocalDate.now(),
            LocalDate.now().plusDays(7),
            null,
            0);
    String secret = waveFixtures.links().get(WaveFixtures.email(tenant, "nurse", 2));
    assertThat(responses.submit(secret, ANSWERS)).isEmpty();

    Map<String, Object> row =
        waveFixtures.sql(
            tenant,
            jdbc ->
                jdbc.sql(
                        """
                        select p.staff_id, r.unit_id, r.professional_group, r.answers::text as answers,
                               r.scores::text as scores
                          from survey_response r join survey_response_person p on p.response_id = r.id
                         where r.wave_id = :wave
                        """)
                    .param("wave", wave.value())
                    .query()
                    .singleRow());
    assertThat(row.get("staff_id")).isEqualTo(nurses.getLast().value());
    assertThat(row.get("unit_id")).isEqualTo(tenant.units().getFirst().value());
    assertThat(row.get("professional_group")).isEqualTo("REGISTERED_NURSE");
    assertThat((String) row.get("answers"))
        .contains(
            "\"q1\": {\"value\": 4}",
            "\"q2\": {\"value\": 9}",
            "\"q3\": {\"choices\": [\"no\"]}",
            "\"q4\": {\"text\": \"No time yet\"}");
    assertThat((String) row.get("scores")).isEqualTo("{\"use\": 4.0}");
  }

  @Test
  void twoSubmissionsOfOneLinkAtOnceStoreExactlyOneResponse() throws Exception {
    WaveId wave =
        waveFixtures.open(
            tenant,
            instrument,
            true,
            List.of(),
            LocalDate.now(),
            LocalDate.now().plusDays(7),
            null,
            0);
    String secret = waveFixtures.links().get(WaveFixtures.email(tenant, "nurse", 1));
    int attempts = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    List<Future<String>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < attempts; i++) {
        Callable<String> submit =
            () -> {
              start.await();
              try {
                return responses.submit(secret, ANSWERS).isEmpty() ? "sent" : "form";
              } catch (AnswerRefused refused) {
                return refused.reason().name();
              }
            };
        outcomes.add(pool.submit(submit));
      }
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get());
      }
      assertThat(results).containsOnlyOnce("sent");
      assertThat(results.stream().filter("ANSWERED"::equals)).hasSize(attempts - 1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            waveFixtures.count(
                tenant, "select count(*) from survey_response where wave_id = :wave", wave.value()))
        .isEqualTo(1);
  }
}
