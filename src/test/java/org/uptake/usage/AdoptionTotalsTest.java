package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlans;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffDetails;
import org.uptake.organisation.StaffMember;
import org.uptake.usage.AdoptionFigures.Breakdown;
import org.uptake.usage.AdoptionFigures.Count;

/**
 * The day totals and week sums (V29) that the days and weeks statements read: active and
 * active-trained by day, by week cut to the period and over the whole period, for all, by unit and
 * by group, over periods starting and ending on every day of the week, before, on and after a
 * unit's go-live (one on a Monday, one on a Wednesday), equal a count of the distinct people from
 * the days of use; and the rows kept through imports in the middle of weeks, training, roster and
 * go-live changes equal the rows built again from the start, and the day and trained totals filled
 * from {@code adoption_day} and {@code adoption_trained} (the start-up fill of a database summed
 * before V29).
 */
@UptakeTest
class AdoptionTotalsTest {

  @Autowired Fixtures fixtures;
  @Autowired AdoptionFixtures histories;
  @Autowired Adoption adoption;
  @Autowired AdoptionSums sums;
  @Autowired AdoptionSumsStart start;
  @Autowired UsageImporter importer;
  @Autowired TrainingRecords training;
  @Autowired Staff staff;
  @Autowired UnitPlans unitPlans;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;

  AdoptionFixtures.History history;
  LocalDate m;

  /** The professional groups chosen in the filter (empty: all). */
  Set<String> groupsInView = Set.of();

  @BeforeEach
  void history() {
    history = histories.history();
    m = history.m();
  }

  private <T> T asAdmin(Supplier<T> work) {
    return fixtures.as(history.tenant(), Role.ADMIN, work::get);
  }

  /** An active person in [from, to] (on or after their unit's go-live) and their first training. */
  record Active(String unit, String group, String staff, LocalDate trainedOn) {}

  /** The active people of [from, to], counted from the days of use. */
  private List<Active> active(LocalDate from, LocalDate to) {
    return activeInAnyGroup(from, to).stream()
        .filter(p -> groupsInView.isEmpty() || groupsInView.contains(p.group()))
        .toList();
  }

  private List<Active> activeInAnyGroup(LocalDate from, LocalDate to) {
    return asAdmin(
        () ->
            JdbcClient.create(dataSource)
                .sql(
                    """
                    select distinct cast(s.unit_id as text) as unit, s.professional_group as grp,
                           cast(d.staff_id as text) as staff, t.trained_on
                      from usage_person_day d
                      join staff s on s.id = d.staff_id and s.active
                      join (values (cast(:ward as uuid), cast(:wardLive as date)),
                                   (cast(:clinic as uuid), cast(:clinicLive as date))) l(unit_id, go_live)
                        on l.unit_id = s.unit_id
                      left join (select staff_id, min(trained_on) as trained_on from usage_training
                                  where implementation_id = :plan group by 1) t on t.staff_id = d.staff_id
                     where d.implementation_id = :plan
                       and d.day between greatest(cast(:from as date), l.go_live) and :to
                    """)
                .param("ward", history.plan().unit().value())
                .param("wardLive", m)
                .param("clinic", history.plan().otherUnit().value())
                .param("clinicLive", m.plusDays(9))
                .param("plan", history.plan().id().value())
                .param("from", from)
                .param("to", to)
                .query(
                    (rs, n) ->
                        new Active(
                            rs.getString("unit"),
                            rs.getString("grp"),
                            rs.getString("staff"),
                            rs.getObject("trained_on", LocalDate.class)))
                .list());
  }

  /** Active and active-trained of [from, to] for a key ("" all, a unit id or a group). */
  private static List<Long> counted(List<Active> people, String key, LocalDate to) {
    long active = 0;
    long trained = 0;
    for (Active p : people) {
      if (key.isEmpty() || key.equals(p.unit()) || key.equals(p.group())) {
        active++;
        if (p.trainedOn() != null && !p.trainedOn().isAfter(to)) {
          trained++;
        }
      }
    }
    return List.of(active, trained);
  }

  private static List<Long> shown(Count count) {
    return List.of(count.active(), count.activeTrained());
  }

  private void assertCounted(Breakdown breakdown, String key, LocalDate from, LocalDate to) {
    assertThat(shown(breakdown.period()))
        .as(key + " from " + from + " to " + to)
        .isEqualTo(counted(active(from, to), key, to));
    for (AdoptionFigures.WeekCount week : breakdown.weeks()) {
      LocalDate start = week.monday().isBefore(from) ? from : week.monday();
      LocalDate end = week.monday().plusDays(6).isAfter(to) ? to : week.monday().plusDays(6);
      assertThat(shown(week.count()))
          .as(key + " week " + week.monday() + " of " + from + " to " + to)
          .isEqualTo(counted(active(start, end), key, end));
    }
  }

  @Test
  void activeByDayWeekAndPeriodOverEveryPeriodEqualTheDistinctPeopleOfTheDays() {
    importMore();
    // 3 trained again, earlier, in the middle of a week: trained by a week's end but not its start
    asAdmin(
        () ->
            training.record(
                history.plan().id(),
                history.plan().unit(),
                List.of(history.person(3)),
                m.plusDays(3),
                null));
    int periods = 0;
    for (LocalDate from = m.minusDays(3); !from.isAfter(m.plusDays(17)); from = from.plusDays(1)) {
      for (int length : new int[] {0, 3, 6, 7, 9, 13, 20}) {
        LocalDate start = from;
        LocalDate end = from.plusDays(length);
        AdoptionFigures figures =
            asAdmin(
                () ->
                    adoption.figures(
                        history.plan().id(), new AdoptionFilter(Set.of(), Set.of(), start, end)));
        assertCounted(figures.total(), "", start, end);
        for (Breakdown unit : figures.byUnit()) {
          assertCounted(unit, unit.key(), start, end);
        }
        for (Breakdown group : figures.byGroup()) {
          assertCounted(group, group.key(), start, end);
        }
        for (AdoptionFigures.DayCount day : figures.days()) {
          assertThat(shown(day.count()))
              .as("day " + day.day())
              .isEqualTo(counted(active(day.day(), day.day()), "", day.day()));
        }
        periods++;
      }
    }
    assertThat(periods).isEqualTo(21 * 7);
  }

  @Test
  void activeInAFilterOfGroupsEqualsTheDistinctPeopleOfThoseGroups() {
    importMore();
    groupsInView = Set.of("REGISTERED_NURSE", "PRACTICAL_NURSE");
    Set<ProfessionalGroup> groups =
        Set.of(ProfessionalGroup.REGISTERED_NURSE, ProfessionalGroup.PRACTICAL_NURSE);
    for (LocalDate from = m.minusDays(1); !from.isAfter(m.plusDays(9)); from = from.plusDays(2)) {
      for (int length : new int[] {4, 13}) {
        LocalDate start = from;
        LocalDate end = from.plusDays(length);
        AdoptionFigures figures =
            asAdmin(
                () ->
                    adoption.figures(
                        history.plan().id(), new AdoptionFilter(Set.of(), groups, start, end)));
        assertCounted(figures.total(), "", start, end);
        for (Breakdown unit : figures.byUnit()) {
          assertCounted(unit, unit.key(), start, end);
        }
        assertThat(figures.byGroup()).isNotEmpty();
        for (Breakdown group : figures.byGroup()) {
          assertCounted(group, group.key(), start, end);
        }
        for (AdoptionFigures.DayCount day : figures.days()) {
          assertThat(shown(day.count()))
              .as("day " + day.day())
              .isEqualTo(counted(active(day.day(), day.day()), "", day.day()));
        }
      }
    }
  }

  @Test
  void rowsKeptThroughImportsTrainingRosterAndGoLiveChangesEqualARebuild() {
    List<String> before = rows();
    assertThat(before).isNotEmpty();
    importMore();
    List<String> kept = rows();
    assertThat(kept).isNotEqualTo(before);
    assertThat(rebuilt()).isEqualTo(kept);
    asAdmin(
        () ->
            training.record(
                history.plan().id(),
                history.plan().otherUnit(),
                List.of(history.person(2)),
                m.plusDays(2),
                null));
    assertThat(rebuilt()).isEqualTo(rows());
    asAdmin(
        () -> {
          StaffMember member = staff.get(history.person(3));
          staff.update(
              history.person(3),
              new StaffDetails(
                  member.employeeNumber(),
                  member.firstName(),
                  member.lastName(),
                  member.email(),
                  history.plan().otherUnit(),
                  ProfessionalGroup.PHYSICIAN,
                  ShiftPattern.DAY),
              true);
          var clinic = history.plan().otherUnit();
          var phase = unitPlans.get(history.plan().id(), clinic).phase(PhaseName.GO_LIVE);
          unitPlans.changePhase(
              history.plan().id(),
              clinic,
              PhaseName.GO_LIVE,
              phase.planned(),
              m.plusDays(2),
              phase.actualEnd());
          return null;
        });
    kept = rows();
    assertThat(rebuilt()).isEqualTo(kept);
    // the start-up fill: day totals summed from adoption_day, week rows from the days of use
    asAdmin(
        () -> {
          new TransactionTemplate(transactions)
              .executeWithoutResult(s -> sums.rebuildTotals(history.plan().id().value()));
          return null;
        });
    assertThat(rows()).isEqualTo(kept);
  }

  @Test
  void theStartUpFillsTheSumsOfADatabaseSummedBeforeV29() {
    importMore();
    List<String> kept = rows();
    asAdmin(
        () -> {
          for (String table :
              List.of("adoption_day_total", "adoption_week", "adoption_trained_total")) {
            JdbcClient.create(dataSource)
                .sql("delete from " + table + " where implementation_id = ?")
                .param(history.plan().id().value())
                .update();
          }
          return null;
        });
    assertThat(rows()).isEmpty();
    start.fill();
    assertThat(rows()).isEqualTo(kept);
  }

  /** The rows after the sums are built again from the start. */
  private List<String> rebuilt() {
    asAdmin(
        () -> {
          new TransactionTemplate(transactions)
              .executeWithoutResult(s -> sums.rebuild(history.plan().id().value()));
          return null;
        });
    return rows();
  }

  private List<String> rows() {
    return asAdmin(
        () -> {
          List<String> rows = new ArrayList<>();
          JdbcClient jdbc = JdbcClient.create(dataSource);
          rows.addAll(
              jdbc.sql(
                      """
                      select concat_ws(' ', 'day', day, unit_id, professional_group, people, trained)
                        from adoption_day_total where implementation_id = :plan order by 1
                      """)
                  .param("plan", history.plan().id().value())
                  .query(String.class)
                  .list());
          rows.addAll(
              jdbc.sql(
                      """
                      select concat_ws(' ', 'week', week, unit_id, professional_group, previous_week,
                                       trained_by, people)
                        from adoption_week where implementation_id = :plan order by 1
                      """)
                  .param("plan", history.plan().id().value())
                  .query(String.class)
                  .list());
          rows.addAll(
              jdbc.sql(
                      """
                      select concat_ws(' ', 'trained', unit_id, professional_group, trained_on, people)
                        from adoption_trained_total where implementation_id = :plan order by 1
                      """)
                  .param("plan", history.plan().id().value())
                  .query(String.class)
                  .list());
          return rows;
        });
  }

  /**
   * Days in the middle of weeks already summed (before a person's first use, between two uses in
   * the same week, after their last), in separate files, so that each file starts mid-week.
   */
  private void importMore() {
    String key = history.tenant().key();
    Map<String, String> files = new HashMap<>();
    files.put(
        "a.csv",
        line(m.plusDays(4), key + "-1", "open")
            + line(m.minusDays(1), key + "-1", "open")
            + line(m.plusDays(3), key + "-3", "open"));
    files.put(
        "b.csv",
        line(m.plusDays(16), key + "-3", "chat") + line(m.plusDays(12), "dr-ext-77", "export"));
    files.put(
        "c.csv", line(m.plusDays(9), key + "-1", "chat") + line(m.plusDays(5), key + "-3", "x"));
    for (String name : List.of("a.csv", "b.csv", "c.csv")) {
      String log = "time,user,action\n" + files.get(name);
      asAdmin(
          () ->
              importer.importFile(
                  "log",
                  name,
                  new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)),
                  ImportChannel.UPLOAD,
                  n -> {}));
    }
  }

  private static String line(LocalDate day, String user, String action) {
    return day.atTime(10, 15).atOffset(ZoneOffset.UTC) + "," + user + "," + action + "\n";
  }
}
