package org.uptake.survey.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.util.DoubleComparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.access.SystemWork;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.ResultBreakdown;
import org.uptake.survey.ResultSheet;
import org.uptake.survey.Results;

/**
 * Results read during an open wave: the answers sent since the last read are folded into the wave's
 * results cache, and what is shown is what summing every response again shows.
 */
@UptakeTest
class ResultsAfterNewAnswersTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WaveFixtures waves;
  @Autowired Results results;
  @Autowired SystemWork systemWork;

  @Test
  void answersSentAfterAReadAreFoldedInAndAddUpToAReadOfAllResponses() throws Exception {
    waves.purgeMail();
    Fixtures.Tenant tenant = fixtures.tenant();
    InstrumentId instrument = waves.instrument(tenant);
    waves.staff(tenant, "nurse", 25, tenant.units().getFirst(), ProfessionalGroup.REGISTERED_NURSE);
    WaveId wave =
        waves.open(
            tenant,
            instrument,
            true,
            List.of(),
            LocalDate.now(),
            LocalDate.now().plusDays(14),
            null,
            0);
    Map<String, String> links = waves.links();

    for (int n = 1; n <= 12; n++) {
      send(links.get(WaveFixtures.email(tenant, "nurse", n)), n);
    }
    ResultSheet first = read(tenant, wave);
    assertThat(first.respondents().getLast().n()).isEqualTo(12);

    for (int n = 13; n <= 25; n++) {
      send(links.get(WaveFixtures.email(tenant, "nurse", n)), n);
    }
    assertThat(untallied(tenant, wave)).isEqualTo(13);
    ResultSheet folded = read(tenant, wave);
    assertThat(untallied(tenant, wave)).isZero();
    assertThat(folded.respondents().getLast().n()).isEqualTo(25);
    assertThat(folded.rates().getLast().answered()).isEqualTo(25);

    // the cache dropped: the next read sums every response again
    waves.sql(
        tenant,
        jdbc ->
            jdbc.sql("delete from survey_result_cache where wave_id = ?")
                .param(wave.value())
                .update());
    ResultSheet rebuilt = read(tenant, wave);
    assertThat(folded)
        .usingRecursiveComparison()
        .withComparatorForType(new DoubleComparator(1e-9), Double.class)
        .isEqualTo(rebuilt);
    assertThat(folded.items().getFirst().figures().getLast().suppressed()).isFalse();
  }

  @Test
  void theBackgroundFoldEmptiesTheQueueOfEveryOrganisationAndChangesNoFigure() throws Exception {
    waves.purgeMail();
    Fixtures.Tenant tenant = fixtures.tenant();
    Fixtures.Tenant other = fixtures.tenant();
    WaveId wave = openFor(tenant, 20);
    Map<String, String> links = waves.links();
    WaveId otherWave = openFor(other, 11);
    Map<String, String> otherLinks = waves.links();
    for (int n = 1; n <= 20; n++) {
      send(links.get(WaveFixtures.email(tenant, "nurse", n)), n);
    }
    for (int n = 1; n <= 11; n++) {
      send(otherLinks.get(WaveFixtures.email(other, "nurse", n)), n);
    }
    assertThat(untallied(tenant, wave)).isEqualTo(20);
    assertThat(untallied(other, otherWave)).isEqualTo(11);

    systemWork.forEachOrganisation(organisation -> results.foldQueued());

    assertThat(untallied(tenant, wave)).isZero();
    assertThat(untallied(other, otherWave)).isZero();
    ResultSheet folded = read(tenant, wave);
    assertThat(folded.respondents().getLast().n()).isEqualTo(20);
    waves.sql(
        tenant,
        jdbc ->
            jdbc.sql("delete from survey_result_cache where wave_id = ?")
                .param(wave.value())
                .update());
    assertThat(folded)
        .usingRecursiveComparison()
        .withComparatorForType(new DoubleComparator(1e-9), Double.class)
        .isEqualTo(read(tenant, wave));
  }

  @Test
  void theBackgroundFoldBuildsTheCacheOfAWaveWithResponsesButNoCache() throws Exception {
    waves.purgeMail();
    Fixtures.Tenant tenant = fixtures.tenant();
    WaveId wave = openFor(tenant, 14);
    Map<String, String> links = waves.links();
    for (int n = 1; n <= 14; n++) {
      send(links.get(WaveFixtures.email(tenant, "nurse", n)), n);
    }
    ResultSheet before = read(tenant, wave);
    // as after a migration that empties the caches: responses, nothing waiting, no cache
    waves.sql(
        tenant,
        jdbc -> {
          jdbc.sql("delete from survey_result_cell where wave_id = ?").param(wave.value()).update();
          return jdbc.sql("delete from survey_result_cache where wave_id = ?")
              .param(wave.value())
              .update();
        });
    assertThat(untallied(tenant, wave)).isZero();
    assertThat(caches(tenant, wave)).isZero();

    systemWork.forEachOrganisation(organisation -> results.foldQueued());

    assertThat(caches(tenant, wave)).isOne();
    assertThat(
            waves.count(
                tenant,
                "select responses from survey_result_cache where wave_id = :wave",
                wave.value()))
        .isEqualTo(14);
    assertThat(read(tenant, wave))
        .usingRecursiveComparison()
        .withComparatorForType(new DoubleComparator(1e-9), Double.class)
        .isEqualTo(before);
  }

  private int caches(Fixtures.Tenant tenant, WaveId wave) {
    return waves.count(
        tenant, "select count(*) from survey_result_cache where wave_id = :wave", wave.value());
  }

  private WaveId openFor(Fixtures.Tenant tenant, int nurses) {
    InstrumentId instrument = waves.instrument(tenant);
    waves.staff(
        tenant, "nurse", nurses, tenant.units().getFirst(), ProfessionalGroup.REGISTERED_NURSE);
    return waves.open(
        tenant,
        instrument,
        true,
        List.of(),
        LocalDate.now(),
        LocalDate.now().plusDays(14),
        null,
        0);
  }

  /** Answers that differ from person to person: q1 agreement, q2 a 0–10 scale, q3 a choice. */
  private void send(String secret, int n) throws Exception {
    mvc.perform(
        post("/answer/" + secret)
            .with(csrf())
            .param("action", "send")
            .param("a_q1", n % 7 == 0 ? "not-relevant-role" : String.valueOf(1 + n % 5))
            .param("a_q2", String.valueOf(n % 11))
            .param("a_q3", n % 3 == 0 ? "no" : "yes"));
  }

  private ResultSheet read(Fixtures.Tenant tenant, WaveId wave) {
    return fixtures.as(tenant, Role.LEAD, () -> results.sheet(wave.value(), ResultBreakdown.UNIT));
  }

  private int untallied(Fixtures.Tenant tenant, WaveId wave) {
    return waves.count(
        tenant,
        "select count(*) from survey_response_untallied where wave_id = :wave",
        wave.value());
  }
}
