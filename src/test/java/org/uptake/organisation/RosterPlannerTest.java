package org.uptake.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.uptake.organisation.Rosters.row;
import static org.uptake.organisation.Rosters.staffLike;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterPlannerTest {

  private final RosterRow anna = row(2, "E1", "WARD-3A", "registered_nurse");
  private final RosterRow bert = row(3, "E2", "ER", "physician");
  private final RosterRow cecilia = row(4, "E3", "HOME-CARE", "social_worker");

  @Test
  void newPeopleAreCreated() {
    RosterPlan plan = RosterPlanner.plan(List.of(anna, bert), List.of());

    assertThat(plan.toCreate()).containsExactly(anna, bert);
    assertThat(plan.toUpdate()).isEmpty();
    assertThat(plan.toReactivate()).isEmpty();
    assertThat(plan.toDeactivate()).isEmpty();
    assertThat(plan.unchanged()).isZero();
    assertThat(plan.hasChanges()).isTrue();
  }

  @Test
  void sameDetailsAreUnchanged() {
    RosterPlan plan =
        RosterPlanner.plan(
            List.of(anna, bert), List.of(staffLike(anna, true), staffLike(bert, true)));

    assertThat(plan.unchanged()).isEqualTo(2);
    assertThat(plan.hasChanges()).isFalse();
  }

  @Test
  void anyChangedFieldIsAnUpdate() {
    ExistingStaff current = staffLike(anna, true);
    List<ExistingStaff> variants =
        List.of(
            new ExistingStaff(
                "E1",
                "Old",
                anna.lastName(),
                anna.email(),
                "WARD-3A",
                "registered_nurse",
                "day",
                true),
            new ExistingStaff(
                "E1",
                anna.firstName(),
                "Old",
                anna.email(),
                "WARD-3A",
                "registered_nurse",
                "day",
                true),
            new ExistingStaff(
                "E1",
                anna.firstName(),
                anna.lastName(),
                "old@example.org",
                "WARD-3A",
                "registered_nurse",
                "day",
                true),
            new ExistingStaff(
                "E1",
                anna.firstName(),
                anna.lastName(),
                null,
                "WARD-3A",
                "registered_nurse",
                "day",
                true),
            new ExistingStaff(
                "E1",
                anna.firstName(),
                anna.lastName(),
                anna.email(),
                "ER",
                "registered_nurse",
                "day",
                true),
            new ExistingStaff(
                "E1",
                anna.firstName(),
                anna.lastName(),
                anna.email(),
                "WARD-3A",
                "practical_nurse",
                "day",
                true),
            new ExistingStaff(
                "E1",
                anna.firstName(),
                anna.lastName(),
                anna.email(),
                "WARD-3A",
                "registered_nurse",
                null,
                true));

    assertThat(RosterPlanner.plan(List.of(anna), List.of(current)).unchanged()).isEqualTo(1);
    for (ExistingStaff variant : variants) {
      RosterPlan plan = RosterPlanner.plan(List.of(anna), List.of(variant));
      assertThat(plan.toUpdate()).as("existing %s", variant).containsExactly(anna);
      assertThat(plan.unchanged()).isZero();
    }
  }

  @Test
  void inactiveStaffInTheRosterAreReactivatedWithTheirNewDetails() {
    ExistingStaff formerAnna =
        new ExistingStaff(
            "E1", anna.firstName(), "Maiden", null, "ER", "registered_nurse", null, false);

    RosterPlan plan = RosterPlanner.plan(List.of(anna), List.of(formerAnna));

    assertThat(plan.toReactivate()).containsExactly(anna);
    assertThat(plan.toUpdate()).isEmpty();
    assertThat(plan.toCreate()).isEmpty();
  }

  @Test
  void inactiveStaffWithSameDetailsAreStillReactivated() {
    RosterPlan plan = RosterPlanner.plan(List.of(anna), List.of(staffLike(anna, false)));

    assertThat(plan.toReactivate()).containsExactly(anna);
    assertThat(plan.unchanged()).isZero();
  }

  @Test
  void activeStaffMissingFromTheRosterAreDeactivatedAndInactiveOnesLeftAlone() {
    RosterPlan plan =
        RosterPlanner.plan(
            List.of(anna),
            List.of(staffLike(anna, true), staffLike(cecilia, true), staffLike(bert, false)));

    assertThat(plan.toDeactivate()).containsExactly("E3");
    assertThat(plan.unchanged()).isEqualTo(1);
  }

  @Test
  void emptyRosterDeactivatesEveryone() {
    // Why callers must plan only clean parses: a missing or partial row list reads as "they left".
    RosterPlan plan =
        RosterPlanner.plan(List.of(), List.of(staffLike(bert, true), staffLike(anna, true)));

    assertThat(plan.toDeactivate()).containsExactly("E1", "E2");
  }

  @Test
  void employeeNumbersMatchIgnoringCaseAndSurroundingSpace() {
    ExistingStaff lowerCase =
        new ExistingStaff(
            " e1 ",
            anna.firstName(),
            anna.lastName(),
            anna.email(),
            "WARD-3A",
            "registered_nurse",
            "day",
            true);

    RosterPlan plan = RosterPlanner.plan(List.of(anna), List.of(lowerCase));

    assertThat(plan.unchanged()).isEqualTo(1);
    assertThat(plan.toCreate()).isEmpty();
    assertThat(plan.toDeactivate()).isEmpty();
  }

  @Test
  void emailsCompareIgnoringCaseAndBlankEqualsMissing() {
    ExistingStaff shouting =
        new ExistingStaff("E1", "A", "B", "ANNA@EXAMPLE.ORG", "ER", "other", "", true);
    RosterRow quiet = new RosterRow(2, "E1", "A", "B", "anna@example.org", "ER", "other", null);

    assertThat(RosterPlanner.plan(List.of(quiet), List.of(shouting)).unchanged()).isEqualTo(1);
  }

  @Test
  void duplicateEmployeeNumbersAreRefused() {
    RosterRow annaAgain = row(5, "e1", "ER", "other");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> RosterPlanner.plan(List.of(anna, annaAgain), List.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                RosterPlanner.plan(
                    List.of(), List.of(staffLike(anna, true), staffLike(annaAgain, false))));
  }

  @Test
  void planningAgainAfterApplyingChangesNothing() {
    List<ExistingStaff> staff =
        List.of(
            staffLike(anna, false),
            new ExistingStaff("E2", "Bert", "Old", null, "ER", "physician", null, true),
            staffLike(row(9, "E9", "ER", "other"), true),
            staffLike(row(10, "E10", "ER", "other"), false));
    List<RosterRow> roster = List.of(anna, bert, cecilia);

    RosterPlan first = RosterPlanner.plan(roster, staff);
    assertThat(first.toReactivate()).containsExactly(anna);
    assertThat(first.toUpdate()).containsExactly(bert);
    assertThat(first.toCreate()).containsExactly(cecilia);
    assertThat(first.toDeactivate()).containsExactly("E9");

    Collection<ExistingStaff> applied = apply(first, staff);
    RosterPlan second = RosterPlanner.plan(roster, applied);

    assertThat(second.hasChanges()).isFalse();
    assertThat(second.unchanged()).isEqualTo(3);
    assertThat(applied).hasSize(5); // nobody deleted
  }

  @Test
  void parsedFileReplannedAfterApplyingChangesNothing() {
    byte[] file =
        Rosters.csv(
            Rosters.HEADER,
            "E1,Aino,Virtanen,Aino@Example.fi,ward-3a,Registered Nurse,three shift",
            "E2,Erik,Lund,,ER,physician,");
    List<ExistingStaff> staff =
        List.of(
            new ExistingStaff(
                "e1",
                "Aino",
                "Korhonen",
                "aino@example.fi",
                "WARD-3A",
                "registered_nurse",
                "day",
                true),
            new ExistingStaff("E7", "Gone", "Away", null, "ER", "other", null, true));

    RosterParseResult parsed = RosterParser.parse(file, "roster.csv", Rosters.UNITS);
    assertThat(parsed.isClean()).isTrue();
    RosterPlan first = RosterPlanner.plan(parsed.rows(), staff);
    assertThat(first.hasChanges()).isTrue();

    RosterParseResult reparsed = RosterParser.parse(file, "roster.csv", Rosters.UNITS);
    RosterPlan second = RosterPlanner.plan(reparsed.rows(), apply(first, staff));

    assertThat(second.hasChanges()).isFalse();
    assertThat(second.unchanged()).isEqualTo(2);
  }

  /** What the application service does with a plan, on an in-memory list. */
  static Collection<ExistingStaff> apply(RosterPlan plan, Collection<ExistingStaff> staff) {
    Map<String, ExistingStaff> byKey = new LinkedHashMap<>();
    staff.forEach(s -> byKey.put(key(s.employeeNumber()), s));
    List<RosterRow> upserts = new ArrayList<>(plan.toCreate());
    upserts.addAll(plan.toUpdate());
    upserts.addAll(plan.toReactivate());
    for (RosterRow row : upserts) {
      ExistingStaff current = byKey.get(key(row.employeeNumber()));
      String number = current == null ? row.employeeNumber() : current.employeeNumber();
      byKey.put(
          key(number),
          new ExistingStaff(
              number,
              row.firstName(),
              row.lastName(),
              row.email(),
              row.unitCode(),
              row.professionalGroup(),
              row.shiftPattern(),
              true));
    }
    for (String number : plan.toDeactivate()) {
      ExistingStaff s = byKey.get(key(number));
      byKey.put(
          key(number),
          new ExistingStaff(
              s.employeeNumber(),
              s.firstName(),
              s.lastName(),
              s.email(),
              s.unitCode(),
              s.professionalGroup(),
              s.shiftPattern(),
              false));
    }
    return byKey.values();
  }

  private static String key(String employeeNumber) {
    return employeeNumber.strip().toLowerCase(Locale.ROOT);
  }
}
