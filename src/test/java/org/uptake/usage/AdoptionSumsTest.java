package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
import org.uptake.implementation.Implementations;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlans;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffDetails;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.StaffMember;
import org.uptake.usage.AdoptionFigures.Breakdown;
import org.uptake.usage.AdoptionFigures.Count;

/**
 * The dashboard's pre-summed tables follow every change in its transaction: after each change the
 * figures are those of the sums built again from the start ({@link AdoptionSums#rebuild}, from the
 * days of use), and the hand-worked history of {@link AdoptionFixtures} moves as it should.
 */
@UptakeTest
class AdoptionSumsTest {

  @Autowired Fixtures fixtures;
  @Autowired AdoptionFixtures histories;
  @Autowired Adoption adoption;
  @Autowired AdoptionSums sums;
  @Autowired Staff staff;
  @Autowired TrainingRecords training;
  @Autowired UsageImporter importer;
  @Autowired PlatformTransactionManager transactions;
  @Autowired UnitPlans unitPlans;
  @Autowired Implementations implementations;
  @Autowired DataSource dataSource;

  AdoptionFixtures.History history;
  LocalDate m;

  @BeforeEach
  void history() {
    history = histories.history();
    m = history.m();
  }

  private AdoptionFigures figures() {
    return fixtures.as(
        history.tenant(),
        Role.ADMIN,
        () ->
            adoption.figures(
                history.plan().id(), new AdoptionFilter(Set.of(), Set.of(), m.minusDays(7), null)));
  }

  /** The figures now, which must equal those of the sums built again from the start. */
  private AdoptionFigures checked() {
    AdoptionFigures kept = figures();
    fixtures.as(
        history.tenant(),
        Role.ADMIN,
        () -> {
          new TransactionTemplate(transactions)
              .executeWithoutResult(s -> sums.rebuild(history.plan().id().value()));
          return null;
        });
    assertThat(kept).isEqualTo(figures());
    return kept;
  }

  private Breakdown unit(AdoptionFigures figures, org.uptake.organisation.UnitId unit) {
    return figures.byUnit().stream()
        .filter(b -> b.key().equals(unit.value().toString()))
        .findFirst()
        .orElseThrow();
  }

  private void asAdmin(Runnable work) {
    fixtures.as(
        history.tenant(),
        Role.ADMIN,
        () -> {
          work.run();
          return null;
        });
  }

  @Test
  void aPersonMovedToAnotherUnitIsCountedThereWithTheirWholeHistory() {
    AdoptionFigures before = checked();
    StaffId one = history.person(1);
    asAdmin(
        () -> {
          StaffMember member = staff.get(one);
          staff.update(
              one,
              new StaffDetails(
                  member.employeeNumber(),
                  member.firstName(),
                  member.lastName(),
                  member.email(),
                  history.plan().otherUnit(),
                  ProfessionalGroup.PHYSICIAN,
                  ShiftPattern.DAY),
              true);
        });
    AdoptionFigures after = checked();
    // the ward loses 1 (trained, used it), the clinic gains them: their days before the clinic's
    // go-live (M+9) do not count there
    Count ward = unit(before, history.plan().unit()).period();
    Count clinic = unit(before, history.plan().otherUnit()).period();
    assertThat(unit(after, history.plan().unit()).period())
        .isEqualTo(
            new Count(
                ward.staff() - 1, ward.trained() - 1, ward.active() - 1, ward.activeTrained() - 1));
    assertThat(unit(after, history.plan().otherUnit()).period())
        .isEqualTo(
            new Count(
                clinic.staff() + 1, clinic.trained() + 1, clinic.active(), clinic.activeTrained()));
  }

  @Test
  void aPersonDeactivatedIsNoLongerCounted() {
    AdoptionFigures before = checked();
    asAdmin(() -> staff.setActive(history.person(3), false));
    AdoptionFigures after = checked();
    Count was = before.total().period();
    assertThat(after.total().period())
        .isEqualTo(
            new Count(
                was.staff() - 1, was.trained() - 1, was.active() - 1, was.activeTrained() - 1));
  }

  @Test
  void aNewPersonWhoseLogIdWasImportedEarlierIsCounted() {
    String number = history.tenant().key() + "-new";
    AdoptionFigures before = checked();
    asAdmin(
        () ->
            importer.importFile(
                "log",
                "new.csv",
                new ByteArrayInputStream(
                    ("time,user,action\n"
                            + m.plusDays(4).atTime(10, 0).atOffset(ZoneOffset.UTC)
                            + ","
                            + number
                            + ",chat\n")
                        .getBytes(StandardCharsets.UTF_8)),
                ImportChannel.UPLOAD,
                n -> {}));
    // not on the roster yet: nothing changes
    assertThat(checked()).isEqualTo(before);
    asAdmin(
        () ->
            staff.create(
                new StaffDetails(
                    number,
                    "Uusi",
                    "Test",
                    null,
                    history.plan().unit(),
                    ProfessionalGroup.PRACTICAL_NURSE,
                    ShiftPattern.DAY)));
    AdoptionFigures after = checked();
    Count was = before.total().period();
    assertThat(after.total().period())
        .isEqualTo(
            new Count(was.staff() + 1, was.trained(), was.active() + 1, was.activeTrained()));
    assertThat(after.features().getFirst().users())
        .isEqualTo(before.features().getFirst().users() + 1);
  }

  @Test
  void anEmployeeNumberChangedTakesTheDaysOfTheNewNumber() {
    AdoptionFigures before = checked();
    StaffId four = history.person(4); // never used it
    asAdmin(
        () -> {
          StaffMember member = staff.get(four);
          staff.update(
              four,
              new StaffDetails(
                  "stranger", // the log's unknown user, on M+1
                  member.firstName(),
                  member.lastName(),
                  member.email(),
                  member.unitId(),
                  member.professionalGroup(),
                  ShiftPattern.DAY),
              true);
        });
    AdoptionFigures after = checked();
    assertThat(after.total().period().active()).isEqualTo(before.total().period().active() + 1);
  }

  @Test
  void trainingAddedCorrectedAndDeletedKeepTheSums() {
    AdoptionFigures before = checked();
    StaffId six = history.person(6); // clinic, never trained, never used it
    asAdmin(
        () ->
            training.record(
                history.plan().id(),
                history.plan().otherUnit(),
                List.of(six),
                m.plusDays(9),
                null));
    AdoptionFigures trained = checked();
    assertThat(trained.total().period().trained()).isEqualTo(before.total().period().trained() + 1);
    TrainingRecord record =
        fixtures.as(
            history.tenant(),
            Role.ADMIN,
            () ->
                training.records(history.plan().id(), history.plan().otherUnit()).stream()
                    .filter(r -> r.staff().equals(six))
                    .findFirst()
                    .orElseThrow());
    // person 3 (ward) trained on M+5 used it on M+2: moving the training before it makes them
    // active and trained that day
    TrainingRecord three =
        fixtures.as(
            history.tenant(),
            Role.ADMIN,
            () ->
                training.records(history.plan().id(), history.plan().unit()).stream()
                    .filter(r -> r.staff().equals(history.person(3)))
                    .findFirst()
                    .orElseThrow());
    asAdmin(() -> training.correct(three.id(), m.plusDays(1), null));
    AdoptionFigures corrected = checked();
    assertThat(day(corrected, m.plusDays(2)).activeTrained())
        .isEqualTo(day(trained, m.plusDays(2)).activeTrained() + 1);
    assertThat(corrected.trainingToUse().used()).isEqualTo(trained.trainingToUse().used() + 1);
    asAdmin(() -> training.delete(record.id()));
    asAdmin(() -> training.delete(three.id()));
    AdoptionFigures deleted = checked();
    assertThat(deleted.total().period().trained()).isEqualTo(before.total().period().trained() - 1);
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    AdoptionFigures before = checked();
    String again =
        "time,user,action\n"
            + m.atTime(9, 30).atOffset(ZoneOffset.UTC)
            + ","
            + history.tenant().key()
            + "-1,chat\n"
            + m.plusDays(20).atTime(9, 30).atOffset(ZoneOffset.UTC)
            + ","
            + history.tenant().key()
            + "-3,export\n";
    for (int i = 0; i < 2; i++) {
      asAdmin(
          () ->
              importer.importFile(
                  "log",
                  "again.csv",
                  new ByteArrayInputStream(again.getBytes(StandardCharsets.UTF_8)),
                  ImportChannel.UPLOAD,
                  n -> {}));
    }
    AdoptionFigures after = checked();
    assertThat(after.otherActions())
        .extracting(AdoptionFigures.FeatureUse::name)
        .contains("export");
    assertThat(after.total().period().active()).isEqualTo(before.total().period().active());
  }

  @Test
  void aUnitsGoLiveMovedRefreshesItsPeopleInTheChangesTransaction() {
    checked();
    var clinic = history.plan().otherUnit();
    asAdmin(
        () -> {
          var phase = unitPlans.get(history.plan().id(), clinic).phase(PhaseName.GO_LIVE);
          unitPlans.changePhase(
              history.plan().id(),
              clinic,
              PhaseName.GO_LIVE,
              phase.planned(),
              m.plusDays(2),
              phase.actualEnd());
        });
    // nobody left whose go-live is read one by one: the change refreshed the clinic's people
    assertThat(stale()).isZero();
    List<String> trained = trainedRows();
    AdoptionFigures moved = checked();
    assertThat(trainedRows()).isEqualTo(trained);
    // doctor 2, trained on M+7, used it on M+9 and M+10: first use 2 days after training, as
    // before; their use on M+3 now counts in the clinic's period
    assertThat(unit(moved, clinic).period().active()).isEqualTo(1);
    asAdmin(
        () -> {
          var phase = unitPlans.get(history.plan().id(), clinic).phase(PhaseName.GO_LIVE);
          unitPlans.changePhase(
              history.plan().id(), clinic, PhaseName.GO_LIVE, phase.planned(), null, null);
        });
    assertThat(stale()).isZero();
    trained = trainedRows();
    checked();
    assertThat(trainedRows()).isEqualTo(trained);
  }

  @Test
  void rosterChangesKeepTheStaffCountsEqualToACountOfTheStaff() {
    assertThat(staffCounts()).isEqualTo(countedStaff()).isNotEmpty();
    asAdmin(
        () -> {
          StaffMember member = staff.get(history.person(1));
          staff.update(
              history.person(1),
              new StaffDetails(
                  member.employeeNumber(),
                  member.firstName(),
                  member.lastName(),
                  member.email(),
                  history.plan().otherUnit(),
                  ProfessionalGroup.PHYSICIAN,
                  ShiftPattern.DAY),
              true);
          staff.setActive(history.person(3), false);
          staff.setActive(history.person(5), true);
          staff.create(
              new StaffDetails(
                  history.tenant().key() + "-9",
                  "Aino",
                  "Test",
                  null,
                  history.plan().unit(),
                  ProfessionalGroup.PRACTICAL_NURSE,
                  ShiftPattern.DAY));
        });
    assertThat(staffCounts()).isEqualTo(countedStaff());
  }

  private List<String> staffCounts() {
    return rows(
        """
        select concat_ws(' ', unit_id, professional_group, people) from adoption_staff order by 1
        """);
  }

  private List<String> countedStaff() {
    return rows(
        """
        select concat_ws(' ', unit_id, professional_group, count(*)) from staff where active
         group by unit_id, professional_group order by 1
        """);
  }

  private List<String> rows(String sql) {
    return fixtures.as(
        history.tenant(),
        Role.ADMIN,
        () -> JdbcClient.create(dataSource).sql(sql).query(String.class).list());
  }

  /** The people whose stored go-live is not their unit's now. */
  private long stale() {
    return fixtures.as(
        history.tenant(),
        Role.ADMIN,
        () -> {
          java.util.Map<java.util.UUID, LocalDate> live = new java.util.HashMap<>();
          for (var plan : implementations.get(history.plan().id()).units()) {
            LocalDate day = plan.phase(PhaseName.GO_LIVE).actualStart();
            if (day != null) {
              live.put(plan.unit().value(), day);
            }
          }
          return JdbcClient.create(dataSource)
              .sql(
                  "select unit_id, live_from from adoption_person where implementation_id = ?"
                      + " and unit_id is not null")
              .param(history.plan().id().value())
              .query(
                  (rs, n) ->
                      java.util.Objects.equals(
                          live.get(rs.getObject("unit_id", java.util.UUID.class)),
                          rs.getObject("live_from", LocalDate.class)))
              .list()
              .stream()
              .filter(same -> !same)
              .count();
        });
  }

  private List<String> trainedRows() {
    return fixtures.as(
        history.tenant(),
        Role.ADMIN,
        () ->
            JdbcClient.create(dataSource)
                .sql(
                    """
                    select concat_ws(' ', unit_id, professional_group, trained_on, live_from, first_use, people)
                      from adoption_trained where implementation_id = ? order by 1
                    """)
                .param(history.plan().id().value())
                .query(String.class)
                .list());
  }

  private static Count day(AdoptionFigures figures, LocalDate day) {
    return figures.days().stream()
        .filter(d -> d.day().equals(day))
        .map(AdoptionFigures.DayCount::count)
        .findFirst()
        .orElseThrow();
  }
}
