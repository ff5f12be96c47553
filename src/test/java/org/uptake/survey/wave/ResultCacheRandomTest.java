package org.uptake.survey.wave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.util.DoubleComparator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.access.SystemWork;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffDetails;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitId;
import org.uptake.platform.TenantContext;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.ResultBreakdown;
import org.uptake.survey.ResultSheet;
import org.uptake.survey.Results;

/**
 * The results cache of a wave, kept up to date by folding in new answers (and counting them as
 * answered in their unit and group), always equals the cache built again from every response and
 * invitation: seeded random waves, answers sent in random order, folded in random slices by readers
 * and by the background fold, with people moving unit or group and invitations marked answered
 * outside a submission now and then. Compared cell by cell and as the sheets every breakdown shows
 * (scores, response rates and which figures are suppressed).
 */
@UptakeTest
class ResultCacheRandomTest {

  private static final List<ProfessionalGroup> GROUPS =
      List.of(
          ProfessionalGroup.REGISTERED_NURSE,
          ProfessionalGroup.PRACTICAL_NURSE,
          ProfessionalGroup.PHYSICIAN);

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WaveFixtures waves;
  @Autowired Results results;
  @Autowired SystemWork systemWork;
  @Autowired Staff staff;
  @Autowired TransactionTemplate transactions;

  /** One invited person of the test: how to write their roster row again, and their link. */
  private record Person(StaffId id, String prefix, int n, UnitId unit, ProfessionalGroup group) {}

  @Test
  void foldedInRandomSlicesTheCacheEqualsAFullRebuild() throws Exception {
    for (long seed = 1; seed <= 4; seed++) {
      wave(new Random(seed));
    }
  }

  private void wave(Random random) throws Exception {
    waves.purgeMail();
    Fixtures.Tenant tenant = fixtures.tenant();
    InstrumentId instrument = waves.instrument(tenant);
    List<Person> people = new ArrayList<>();
    int block = 0;
    for (UnitId unit : tenant.units()) {
      for (ProfessionalGroup group : GROUPS) {
        // some cells are small, so suppression has something to hide
        int count = 2 + random.nextInt(14);
        String prefix = "p" + block++;
        List<StaffId> made = waves.staff(tenant, prefix, count, unit, group);
        for (int i = 0; i < made.size(); i++) {
          people.add(new Person(made.get(i), prefix, i + 1, unit, group));
        }
      }
    }
    WaveId wave =
        waves.open(
            tenant,
            instrument,
            random.nextBoolean(),
            List.of(),
            LocalDate.now(),
            LocalDate.now().plusDays(14),
            null,
            0);
    Map<String, String> links = waves.links();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    // about a fifth never answer
    List<Integer> answering = order.subList(0, people.size() * 4 / 5);
    List<Integer> silent = new ArrayList<>(order.subList(answering.size(), order.size()));
    int sent = 0;
    int reads = 0;
    while (sent < answering.size()) {
      int slice = 1 + random.nextInt(9);
      for (int s = 0; s < slice && sent < answering.size(); s++, sent++) {
        Person person = people.get(answering.get(sent));
        send(links.get(WaveFixtures.email(tenant, person.prefix(), person.n())), random);
      }
      int action = random.nextInt(10);
      if (action < 2) {
        int who = random.nextInt(people.size());
        people.set(who, move(tenant, people.get(who), random));
      } else if (action == 2 && !silent.isEmpty()) {
        answeredElsewhere(tenant, wave, people.get(silent.removeLast()));
      }
      if (random.nextInt(3) == 0) {
        systemWork.forEachOrganisation(organisation -> results.foldQueued());
      } else {
        read(tenant, wave, ResultBreakdown.values()[random.nextInt(3)]);
      }
      reads++;
      assertEqualsRebuild(tenant, wave);
    }
    assertThat(reads).isGreaterThan(1);
    assertThat(read(tenant, wave, ResultBreakdown.UNIT).respondents().getLast().n())
        .isEqualTo(answering.size());
  }

  /** The cache as it is, then built again from everything in a transaction rolled back. */
  private void assertEqualsRebuild(Fixtures.Tenant tenant, WaveId wave) {
    List<String> kept = cells(tenant, wave);
    List<ResultSheet> sheets = new ArrayList<>();
    for (ResultBreakdown by : ResultBreakdown.values()) {
      sheets.add(read(tenant, wave, by));
    }
    assertThat(cells(tenant, wave)).isEqualTo(kept);
    List<Object> rebuilt =
        TenantContext.runAs(
            tenant.id(),
            () ->
                transactions.execute(
                    status -> {
                      waves.sql(
                          tenant,
                          jdbc ->
                              jdbc.sql("delete from survey_result_cache where wave_id = ?")
                                  .param(wave.value())
                                  .update());
                      List<Object> again = new ArrayList<>();
                      for (ResultBreakdown by : ResultBreakdown.values()) {
                        again.add(read(tenant, wave, by));
                      }
                      again.add(cells(tenant, wave));
                      status.setRollbackOnly();
                      return again;
                    }));
    assertThat(rebuilt.getLast()).as("cells").isEqualTo(kept);
    for (int i = 0; i < sheets.size(); i++) {
      assertThat(sheets.get(i))
          .usingRecursiveComparison()
          .withComparatorForType(new DoubleComparator(1e-9), Double.class)
          .isEqualTo(rebuilt.get(i));
    }
  }

  /** The wave's cache cells, sorted, with sums rounded so that adding in another order is equal. */
  private List<String> cells(Fixtures.Tenant tenant, WaveId wave) {
    return waves.sql(
        tenant,
        jdbc ->
            jdbc.sql(
                    """
                    select concat_ws('|', unit_id, professional_group, kind, key, answer, n,
                                     round(total::numeric, 6))
                      from survey_result_cell where wave_id = ? order by 1
                    """)
                .param(wave.value())
                .query(String.class)
                .list());
  }

  /** A person moves to another unit or professional group (answered or not). */
  private Person move(Fixtures.Tenant tenant, Person person, Random random) {
    UnitId unit = tenant.units().get(random.nextInt(tenant.units().size()));
    ProfessionalGroup group = GROUPS.get(random.nextInt(GROUPS.size()));
    fixtures.as(
        tenant,
        Role.ADMIN,
        () ->
            staff.update(
                person.id(),
                new StaffDetails(
                    tenant.key() + "-" + person.prefix() + person.n(),
                    "First" + person.n(),
                    "Last" + person.n(),
                    WaveFixtures.email(tenant, person.prefix(), person.n()),
                    unit,
                    group,
                    ShiftPattern.DAY),
                true));
    return new Person(person.id(), person.prefix(), person.n(), unit, group);
  }

  /** An invitation not yet answered marked answered with no response, as a repair might. */
  private void answeredElsewhere(Fixtures.Tenant tenant, WaveId wave, Person person) {
    waves.sql(
        tenant,
        jdbc ->
            jdbc.sql(
                    "update survey_invitation set answered_on = current_date"
                        + " where wave_id = ? and staff_id = ?")
                .params(wave.value(), person.id().value())
                .update());
  }

  /** Random answers: q1 a point or an opt-out, q2 0–10 or none, q3 a choice, q4 text if q3 = no. */
  private void send(String secret, Random random) throws Exception {
    var request =
        post("/answer/" + secret)
            .with(csrf())
            .param("action", "send")
            .param(
                "a_q1",
                random.nextInt(6) == 0
                    ? "not-relevant-role"
                    : String.valueOf(1 + random.nextInt(5)))
            .param("a_q3", random.nextBoolean() ? "yes" : "no");
    if (random.nextInt(4) > 0) {
      request.param("a_q2", String.valueOf(random.nextInt(11)));
    }
    if (random.nextBoolean()) {
      request.param("a_q4", "Not yet " + random.nextInt(3));
    }
    mvc.perform(request).andExpect(status().is3xxRedirection());
  }

  private ResultSheet read(Fixtures.Tenant tenant, WaveId wave, ResultBreakdown by) {
    return fixtures.as(tenant, Role.LEAD, () -> results.sheet(wave.value(), by));
  }
}
