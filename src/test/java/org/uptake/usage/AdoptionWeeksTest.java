package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * The feature sums by week (V27): the users of each feature and action over periods that start on
 * every day of the week, on a unit's go-live or before it, and end on every day, equal a count of
 * the distinct people from the days of use; and the week rows kept through imports that change days
 * in the middle of a week equal the rows built again from the start.
 */
@UptakeTest
class AdoptionWeeksTest {

  @Autowired Fixtures fixtures;
  @Autowired AdoptionFixtures histories;
  @Autowired Adoption adoption;
  @Autowired AdoptionSums sums;
  @Autowired UsageImporter importer;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;

  AdoptionFixtures.History history;
  LocalDate m;

  @BeforeEach
  void history() {
    history = histories.history();
    m = history.m();
  }

  private <T> T asAdmin(java.util.function.Supplier<T> work) {
    return fixtures.as(history.tenant(), Role.ADMIN, work::get);
  }

  /**
   * The users of each action (lower case) in the period, by its unit's go-live, counted by hand.
   */
  private Map<String, Long> counted(LocalDate from, LocalDate to) {
    Map<String, Long> users = new HashMap<>();
    JdbcClient.create(dataSource)
        .sql(
            """
            select lower(x.action) as action, count(distinct d.staff_id) as users
              from usage_person_day d cross join unnest(d.actions) x(action)
              join staff s on s.id = d.staff_id and s.active
              join (values (cast(:ward as uuid), cast(:wardLive as date)),
                           (cast(:clinic as uuid), cast(:clinicLive as date))) l(unit_id, go_live)
                on l.unit_id = s.unit_id
             where d.implementation_id = :plan and d.day between greatest(cast(:from as date), l.go_live) and :to
             group by 1
            """)
        .param("ward", history.plan().unit().value())
        .param("wardLive", m)
        .param("clinic", history.plan().otherUnit().value())
        .param("clinicLive", m.plusDays(9))
        .param("plan", history.plan().id().value())
        .param("from", from)
        .param("to", to)
        .query((rs, n) -> users.put(rs.getString("action"), rs.getLong("users")))
        .list();
    return users;
  }

  private static Map<String, Long> shown(AdoptionFigures figures) {
    Map<String, Long> users = new HashMap<>();
    for (AdoptionFigures.FeatureUse use : figures.features()) {
      if (use.users() > 0) {
        users.put(use.name().toLowerCase(), use.users());
      }
    }
    for (AdoptionFigures.FeatureUse use : figures.otherActions()) {
      users.merge(use.name().toLowerCase(), use.users(), Long::sum);
    }
    return users;
  }

  @Test
  void featureUsersOverEveryPeriodEqualTheDistinctPeopleOfTheDays() {
    importMore();
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
        Map<String, Long> expected = asAdmin(() -> counted(start, end));
        assertThat(shown(figures)).as("from " + start + " to " + end).isEqualTo(expected);
        periods++;
      }
    }
    assertThat(periods).isEqualTo(21 * 7);
  }

  @Test
  void weekRowsKeptThroughImportsInTheMiddleOfAWeekEqualARebuild() {
    List<String> before = weekRows();
    assertThat(before).isNotEmpty();
    importMore();
    List<String> kept = weekRows();
    assertThat(kept).isNotEqualTo(before);
    asAdmin(
        () -> {
          new TransactionTemplate(transactions)
              .executeWithoutResult(s -> sums.rebuild(history.plan().id().value()));
          return null;
        });
    assertThat(weekRows()).isEqualTo(kept);
  }

  @Test
  void aDayAddedLaterInAWeekToSomeoneWhoseOnlyDaysFromThereAreNewKeepsTheirWeekOnce() {
    // 3 used "open" on M+2 (a Wednesday) and nothing after it: a file whose first day is M+4 takes
    // out only the people with days from M+4 on, and adds 3's Friday to the week of their
    // Wednesday
    String key = history.tenant().key();
    String log =
        "time,user,action\n"
            + line(m.plusDays(4), key + "-3", "open")
            + line(m.plusDays(5), key + "-3", "chat")
            + line(m.plusDays(11), key + "-3", "open");
    asAdmin(
        () ->
            importer.importFile(
                "log",
                "friday.csv",
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)),
                ImportChannel.UPLOAD,
                n -> {}));
    List<String> kept = weekRows();
    asAdmin(
        () -> {
          new TransactionTemplate(transactions)
              .executeWithoutResult(s -> sums.rebuild(history.plan().id().value()));
          return null;
        });
    assertThat(weekRows()).isEqualTo(kept);
    for (LocalDate from : List.of(m, m.plusDays(7))) {
      LocalDate to = from.plusDays(13);
      AdoptionFigures figures =
          asAdmin(
              () ->
                  adoption.figures(
                      history.plan().id(), new AdoptionFilter(Set.of(), Set.of(), from, to)));
      assertThat(shown(figures)).isEqualTo(asAdmin(() -> counted(from, to)));
    }
  }

  private List<String> weekRows() {
    return asAdmin(
        () ->
            JdbcClient.create(dataSource)
                .sql(
                    """
                    select concat_ws(' ', week, unit_id, professional_group, action, previous_week, people)
                      from adoption_action_week where implementation_id = :plan order by 1
                    """)
                .param("plan", history.plan().id().value())
                .query(String.class)
                .list());
  }

  /**
   * Days in the middle of weeks already summed: before a person's first use, between two uses in
   * the same week, and a new action.
   */
  private void importMore() {
    String key = history.tenant().key();
    String log =
        "time,user,action\n"
            + line(m.plusDays(4), key + "-1", "open")
            + line(m.minusDays(1), key + "-1", "open")
            + line(m.plusDays(3), key + "-3", "open")
            + line(m.plusDays(16), key + "-3", "chat")
            + line(m.plusDays(12), "dr-ext-77", "export")
            + line(m.plusDays(9), key + "-1", "chat");
    asAdmin(
        () ->
            importer.importFile(
                "log",
                "more.csv",
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)),
                ImportChannel.UPLOAD,
                n -> {}));
  }

  private static String line(LocalDate day, String user, String action) {
    return day.atTime(10, 15).atOffset(ZoneOffset.UTC) + "," + user + "," + action + "\n";
  }
}
