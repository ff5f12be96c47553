package org.uptake.determinant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.StaffCount;
import org.uptake.organisation.UnitId;

/** Who a needs assessment has not heard, computed without a database. */
class NeedsGapsTest {

  private static final UnitId WARD = new UnitId(UUID.randomUUID());
  private static final UnitId CLINIC = new UnitId(UUID.randomUUID());
  private static final UnitId ELSEWHERE = new UnitId(UUID.randomUUID());

  private static final List<StaffCount> STAFF =
      List.of(
          new StaffCount(WARD, ProfessionalGroup.REGISTERED_NURSE, ShiftPattern.THREE_SHIFT, 12),
          new StaffCount(WARD, ProfessionalGroup.PRACTICAL_NURSE, ShiftPattern.NIGHT, 4),
          new StaffCount(CLINIC, ProfessionalGroup.PHYSICIAN, ShiftPattern.DAY, 3),
          new StaffCount(CLINIC, ProfessionalGroup.OTHER, null, 1),
          new StaffCount(ELSEWHERE, ProfessionalGroup.SOCIAL_WORKER, ShiftPattern.ON_CALL, 5));

  private static ConsultationDetails heard(
      String group, Set<UnitId> units, ShiftPattern... shifts) {
    return new ConsultationDetails(
        group,
        ConsultationMethod.FOCUS_GROUP,
        LocalDate.of(2026, 10, 1),
        5,
        units,
        Set.of(shifts),
        null);
  }

  @Test
  void withNoConsultationEveryExpectedGroupShiftAndUnitIsAGap() {
    NeedsGaps gaps = NeedsGaps.of(List.of(), List.of(WARD, CLINIC), STAFF);

    assertThat(gaps.groups())
        .containsExactly(
            "manager",
            "registered_nurse",
            "practical_nurse",
            "physician",
            "other",
            "it",
            "supplier",
            "service_user");
    assertThat(gaps.shiftPatterns())
        .containsExactly(ShiftPattern.DAY, ShiftPattern.THREE_SHIFT, ShiftPattern.NIGHT);
    assertThat(gaps.units()).containsExactly(WARD, CLINIC);
    assertThat(gaps.none()).isFalse();
  }

  @Test
  void staffOfUnitsOutsideTheRolloutAreNotExpected() {
    NeedsGaps gaps = NeedsGaps.of(List.of(), List.of(CLINIC), STAFF);

    assertThat(gaps.groups()).doesNotContain("social_worker", "registered_nurse");
    assertThat(gaps.shiftPatterns()).containsExactly(ShiftPattern.DAY);
    assertThat(gaps.units()).containsExactly(CLINIC);
  }

  @Test
  void consultationsCloseTheGapsTheyCoverAndLeaveTheNightShiftAndServiceUsersOpen() {
    List<ConsultationDetails> held =
        List.of(
            heard("manager", Set.of(WARD, CLINIC), ShiftPattern.DAY),
            heard("registered_nurse", Set.of(WARD), ShiftPattern.THREE_SHIFT),
            heard("practical_nurse", Set.of(WARD), ShiftPattern.THREE_SHIFT),
            heard("physician", Set.of(CLINIC), ShiftPattern.DAY),
            heard("other", Set.of(CLINIC)),
            heard("it", Set.of()),
            heard("supplier", Set.of()));

    NeedsGaps gaps = NeedsGaps.of(held, List.of(WARD, CLINIC), STAFF);

    assertThat(gaps.groups()).containsExactly("service_user");
    assertThat(gaps.shiftPatterns()).containsExactly(ShiftPattern.NIGHT);
    assertThat(gaps.units()).isEmpty();
  }

  @Test
  void whenEveryoneWasHeardThereAreNoGaps() {
    List<ConsultationDetails> held =
        List.of(
            heard("manager", Set.of(CLINIC), ShiftPattern.DAY),
            heard("physician", Set.of(CLINIC)),
            heard("other", Set.of()),
            heard("it", Set.of()),
            heard("supplier", Set.of()),
            heard("service_user", Set.of()));

    assertThat(NeedsGaps.of(held, List.of(CLINIC), STAFF).none()).isTrue();
  }

  @Test
  void aRolloutWithoutStaffStillExpectsManagersItTheSupplierAndServiceUsers() {
    NeedsGaps gaps = NeedsGaps.of(List.of(), List.of(), List.of());

    assertThat(gaps.groups()).containsExactly("manager", "it", "supplier", "service_user");
    assertThat(gaps.shiftPatterns()).isEmpty();
    assertThat(gaps.units()).isEmpty();
  }
}
