package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlans;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffDetails;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitId;
import org.uptake.platform.TenantContext;
import org.uptake.usage.AdoptionFigures.Count;

/**
 * Seeded random histories: the dashboard's counts, made in the database, equal a recomputation in
 * plain Java from the same rollups, staff, id map and training records.
 */
@UptakeTest
class AdoptionPropertyTest {

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired UnitPlans unitPlans;
  @Autowired Staff staff;
  @Autowired UsageSources sources;
  @Autowired UsageImporter importer;
  @Autowired UsageImports imports;
  @Autowired TrainingRecords training;
  @Autowired Adoption adoption;
  @Autowired DataSource dataSource;
  @Autowired Clock clock;

  record Person(StaffId id, String number, UnitId unit, ProfessionalGroup group, boolean active) {}

  record Use(Person person, LocalDate day, String action) {}

  @ParameterizedTest
  @ValueSource(longs = {1, 7, 42})
  void theDashboardEqualsARecomputationFromTheRollups(long seed) {
    Random random = new Random(seed);
    LocalDate today = LocalDate.now(clock);
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    Map<UnitId, LocalDate> goLive =
        Map.of(
            plan.unit(), today.minusDays(30 + random.nextInt(60)),
            plan.otherUnit(), today.minusDays(random.nextInt(40)));
    List<Person> people = new ArrayList<>();
    people.add(
        new Person(
            tenant.staff().get(0),
            tenant.key() + "-1",
            plan.unit(),
            ProfessionalGroup.REGISTERED_NURSE,
            true));
    people.add(
        new Person(
            tenant.staff().get(1),
            tenant.key() + "-2",
            plan.otherUnit(),
            ProfessionalGroup.PHYSICIAN,
            true));
    List<String> actions = List.of("chat", "Chat", "open", "x-ray");
    StringBuilder log = new StringBuilder("time,user,action\n");
    fixtures.as(
        tenant,
        Role.ADMIN,
        () -> {
          unitPlans.confirmCriterion(
              plan.id(),
              plan.unit(),
              plan.criterion(),
              tenant.accounts().get(Role.LEAD),
              today.minusDays(100));
          goLive.forEach((u, d) -> unitPlans.startPhase(plan.id(), u, PhaseName.GO_LIVE, d));
          sources.create(
              plan.id(),
              "log",
              UsageFormat.CSV,
              new CsvMapping("time", "user", "action", null, null, TimeFormat.ISO_OFFSET, ','),
              ZoneOffset.UTC);
          for (int i = 0; i < 24; i++) {
            UnitId unit = random.nextBoolean() ? plan.unit() : plan.otherUnit();
            ProfessionalGroup group =
                ProfessionalGroup.values()[random.nextInt(ProfessionalGroup.values().length)];
            String number = tenant.key() + "-p" + i;
            StaffId id =
                staff.create(
                    new StaffDetails(number, "P" + i, "Test", null, unit, group, ShiftPattern.DAY));
            boolean active = random.nextInt(8) > 0;
            String logId = number;
            if (random.nextInt(5) == 0) {
              logId = "ext-" + seed + "-" + i;
              imports.mapUser(logId, number);
            }
            if (random.nextInt(4) > 0) {
              LocalDate trainedOn = goLive.get(unit).plusDays(random.nextInt(40) - 20);
              if (!trainedOn.isAfter(today)) {
                training.record(plan.id(), unit, List.of(id), trainedOn, null);
              }
            }
            if (!active) {
              staff.setActive(id, false);
            }
            people.add(new Person(id, number, unit, group, active));
            int events = random.nextInt(30);
            for (int e = 0; e < events; e++) {
              LocalDate day = today.minusDays(random.nextInt(100));
              String user = random.nextBoolean() ? logId.toUpperCase(Locale.ROOT) : logId;
              log.append(
                      day.atTime(random.nextInt(24), random.nextInt(60)).atOffset(ZoneOffset.UTC))
                  .append(',')
                  .append(user)
                  .append(',')
                  .append(actions.get(random.nextInt(actions.size())))
                  .append('\n');
            }
          }
          for (int e = 0; e < 20; e++) {
            log.append(today.minusDays(random.nextInt(60)).atTime(12, e).atOffset(ZoneOffset.UTC))
                .append(",stranger-")
                .append(e % 3)
                .append(",chat\n");
          }
          importer.importFile(
              "log",
              "log.csv",
              new ByteArrayInputStream(log.toString().getBytes(StandardCharsets.UTF_8)),
              ImportChannel.UPLOAD,
              n -> {});
        });

    LocalDate from = today.minusDays(40 + random.nextInt(50));
    LocalDate to = today.minusDays(random.nextInt(10));
    Set<ProfessionalGroup> groups =
        random.nextBoolean()
            ? Set.of()
            : Set.of(ProfessionalGroup.REGISTERED_NURSE, ProfessionalGroup.PHYSICIAN);
    AdoptionFigures figures =
        fixtures.as(
            tenant,
            Role.LEAD,
            () -> adoption.figures(plan.id(), new AdoptionFilter(Set.of(), groups, from, to)));

    // the recomputation, in Java, from the stored rollups
    JdbcClient jdbc = JdbcClient.create(dataSource);
    Map<String, StaffId> owner = new HashMap<>();
    Map<StaffId, LocalDate> trainedOn = new HashMap<>();
    List<Object[]> rows = new ArrayList<>();
    TenantContext.runAs(
        tenant.id(),
        () -> {
          for (Person p : people) {
            owner.put(p.number().toLowerCase(Locale.ROOT), p.id());
          }
          jdbc.sql("select external_id, staff_id from usage_user_map")
              .query(
                  rs -> {
                    owner.put(
                        rs.getString(1).toLowerCase(Locale.ROOT),
                        new StaffId(rs.getObject(2, java.util.UUID.class)));
                  });
          jdbc.sql("select staff_id, min(trained_on) from usage_training group by 1")
              .query(
                  rs -> {
                    trainedOn.put(
                        new StaffId(rs.getObject(1, java.util.UUID.class)),
                        rs.getObject(2, LocalDate.class));
                  });
          jdbc.sql("select user_id, day, action from usage_daily")
              .query(
                  rs -> {
                    rows.add(
                        new Object[] {
                          rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)
                        });
                  });
          return null;
        });
    Map<StaffId, Person> inView = new HashMap<>();
    for (Person p : people) {
      if (p.active() && (groups.isEmpty() || groups.contains(p.group()))) {
        inView.put(p.id(), p);
      }
    }
    List<Use> uses = new ArrayList<>();
    for (Object[] row : rows) {
      StaffId id = owner.get(((String) row[0]).toLowerCase(Locale.ROOT));
      Person p = id == null ? null : inView.get(id);
      LocalDate day = (LocalDate) row[1];
      if (p != null && !day.isBefore(goLive.get(p.unit())) && !day.isAfter(today)) {
        uses.add(new Use(p, day, (String) row[2]));
      }
    }
    // the whole period, and each unit over it
    assertThat(figures.total().period())
        .isEqualTo(expected(inView.values(), uses, goLive, trainedOn, from, to, null));
    for (AdoptionFigures.Breakdown unit : figures.byUnit()) {
      UnitId id = new UnitId(java.util.UUID.fromString(unit.key()));
      assertThat(unit.period())
          .as("unit " + unit.key())
          .isEqualTo(expected(inView.values(), uses, goLive, trainedOn, from, to, id));
      for (AdoptionFigures.WeekCount week : unit.weeks()) {
        LocalDate start = week.monday().isBefore(from) ? from : week.monday();
        LocalDate end = week.monday().plusDays(6).isAfter(to) ? to : week.monday().plusDays(6);
        assertThat(week.count())
            .as("unit " + unit.key() + " week " + week.isoWeek())
            .isEqualTo(expected(inView.values(), uses, goLive, trainedOn, start, end, id));
      }
    }
    // every day
    for (AdoptionFigures.DayCount day : figures.days()) {
      assertThat(day.count())
          .as("day " + day.day())
          .isEqualTo(
              expected(inView.values(), uses, goLive, trainedOn, day.day(), day.day(), null));
    }
    // the feature Chat: "chat" and "Chat"; the others are other actions
    long staffAtEnd =
        inView.values().stream().filter(p -> !goLive.get(p.unit()).isAfter(to)).count();
    Set<StaffId> chat = new HashSet<>();
    for (Use use : uses) {
      if (use.action().equalsIgnoreCase("chat") && inPeriod(use.day(), from, to)) {
        chat.add(use.person().id());
      }
    }
    assertThat(figures.features())
        .containsExactly(new AdoptionFigures.FeatureUse("Chat", chat.size(), staffAtEnd));
    // training to first use
    long trained = 0;
    long used = 0;
    for (Person p : inView.values()) {
      LocalDate t = trainedOn.get(p.id());
      if (t == null || t.isAfter(to) || goLive.get(p.unit()).isAfter(today)) {
        continue;
      }
      trained++;
      if (uses.stream().anyMatch(u -> u.person() == p && !u.day().isBefore(t))) {
        used++;
      }
    }
    assertThat(figures.trainingToUse().trained()).isEqualTo(trained);
    assertThat(figures.trainingToUse().used()).isEqualTo(used);
  }

  /** Staff, trained, active and active-trained for [start, end], as the dashboard defines them. */
  private static Count expected(
      java.util.Collection<Person> people,
      List<Use> uses,
      Map<UnitId, LocalDate> goLive,
      Map<StaffId, LocalDate> trainedOn,
      LocalDate start,
      LocalDate end,
      UnitId unit) {
    long staff = 0;
    long trained = 0;
    long active = 0;
    long activeTrained = 0;
    for (Person p : people) {
      if (unit != null && !p.unit().equals(unit)) {
        continue;
      }
      LocalDate live = goLive.get(p.unit());
      if (live.isAfter(end)) {
        continue;
      }
      staff++;
      LocalDate t = trainedOn.get(p.id());
      boolean isTrained = t != null && !t.isAfter(end);
      if (isTrained) {
        trained++;
      }
      boolean isActive =
          uses.stream().anyMatch(u -> u.person() == p && inPeriod(u.day(), start, end));
      if (isActive) {
        active++;
        if (isTrained) {
          activeTrained++;
        }
      }
    }
    return new Count(staff, trained, active, activeTrained);
  }

  private static boolean inPeriod(LocalDate day, LocalDate from, LocalDate to) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
