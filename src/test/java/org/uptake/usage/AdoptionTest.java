package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.usage.AdoptionFigures.Breakdown;
import org.uptake.usage.AdoptionFigures.Count;
import org.uptake.usage.AdoptionFigures.DayCount;
import org.uptake.usage.AdoptionFigures.FeatureUse;

/** The dashboard's figures on the hand-made history of {@link AdoptionFixtures}, worked by hand. */
@UptakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdoptionTest {

  @Autowired Fixtures fixtures;
  @Autowired AdoptionFixtures histories;
  @Autowired Adoption adoption;

  AdoptionFixtures.History history;
  LocalDate m;

  @BeforeAll
  void history() {
    history = histories.history();
    m = history.m();
  }

  private AdoptionFigures figures(Role role, AdoptionFilter filter) {
    return fixtures.as(history.tenant(), role, () -> adoption.figures(history.plan().id(), filter));
  }

  private AdoptionFilter twoWeeks(Set<ProfessionalGroup> groups) {
    return new AdoptionFilter(Set.of(), groups, m, m.plusDays(13));
  }

  @Test
  void weekByWeekAndOverThePeriodStaffAreCountedFromTheirUnitsGoLive() {
    AdoptionFigures figures = figures(Role.LEAD, twoWeeks(Set.of()));
    Breakdown total = figures.total();
    // week 1: only the ward is live (1, 3, 4); 1, 4 trained before, 3 on M+5; 1 and 3 used it
    assertThat(total.weeks().get(0).monday()).isEqualTo(m);
    assertThat(total.weeks().get(0).count()).isEqualTo(new Count(3, 3, 2, 2));
    // week 2: the clinic too (2, 6); 2 trained on M+7; 1 and 2 (by its mapped id) used it
    assertThat(total.weeks().get(1).count()).isEqualTo(new Count(5, 4, 2, 2));
    // the period: 1, 3 and 2 used it; the inactive 5 and the stranger are not counted
    assertThat(total.period()).isEqualTo(new Count(5, 4, 3, 3));
    assertThat(total.period().activePercent()).isEqualByComparingTo("60.0");
    assertThat(total.period().trainedActivePercent()).isEqualByComparingTo("75.0");
    assertThat(total.weeks()).hasSize(2);
  }

  @Test
  void dayByDayUseBeforeGoLiveDoesNotCountAndTrainingCountsFromItsDay() {
    AdoptionFigures figures = figures(Role.LEAD, twoWeeks(Set.of()));
    assertThat(figures.days()).hasSize(14);
    assertThat(day(figures, m)).isEqualTo(new Count(3, 2, 1, 1));
    assertThat(day(figures, m.plusDays(1))).isEqualTo(new Count(3, 2, 1, 1));
    // 3 used it before being trained
    assertThat(day(figures, m.plusDays(2))).isEqualTo(new Count(3, 2, 1, 0));
    // the clinic's use on M+3 was before its go-live
    assertThat(day(figures, m.plusDays(3))).isEqualTo(new Count(3, 2, 0, 0));
    assertThat(day(figures, m.plusDays(9))).isEqualTo(new Count(5, 4, 1, 1));
    assertThat(day(figures, m.plusDays(12))).isEqualTo(new Count(5, 4, 0, 0));
  }

  @Test
  void byUnitAndByProfessionalGroup() {
    AdoptionFigures figures = figures(Role.ADMIN, twoWeeks(Set.of()));
    var ward = history.plan().unit().value().toString();
    var clinic = history.plan().otherUnit().value().toString();
    assertThat(figures.byUnit())
        .extracting(Breakdown::key, Breakdown::period)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ward, new Count(3, 3, 2, 2)),
            org.assertj.core.groups.Tuple.tuple(clinic, new Count(2, 1, 1, 1)));
    assertThat(figures.byGroup())
        .extracting(Breakdown::key, Breakdown::period)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("REGISTERED_NURSE", new Count(2, 2, 1, 1)),
            org.assertj.core.groups.Tuple.tuple("PRACTICAL_NURSE", new Count(1, 1, 1, 1)),
            org.assertj.core.groups.Tuple.tuple("PHYSICIAN", new Count(2, 1, 1, 1)));
    assertThat(figures.byGroup().getFirst().period().small()).isTrue();
    // the clinic's first week in view is before its go-live
    Breakdown clinicWeeks =
        figures.byUnit().stream().filter(b -> b.key().equals(clinic)).findFirst().orElseThrow();
    assertThat(clinicWeeks.weeks().get(0).count()).isEqualTo(Count.NONE);
    assertThat(clinicWeeks.weeks().get(1).count()).isEqualTo(new Count(2, 1, 1, 1));
  }

  @Test
  void filtersByGroupAndByUnit() {
    AdoptionFigures physicians = figures(Role.LEAD, twoWeeks(Set.of(ProfessionalGroup.PHYSICIAN)));
    assertThat(physicians.total().period()).isEqualTo(new Count(2, 1, 1, 1));
    assertThat(physicians.byGroup()).extracting(Breakdown::key).containsExactly("PHYSICIAN");
    AdoptionFigures clinic =
        figures(
            Role.LEAD,
            new AdoptionFilter(Set.of(history.plan().otherUnit()), Set.of(), m, m.plusDays(13)));
    assertThat(clinic.units()).hasSize(1);
    assertThat(clinic.total().period()).isEqualTo(new Count(2, 1, 1, 1));
    AdoptionFigures firstWeek =
        figures(Role.LEAD, new AdoptionFilter(Set.of(), Set.of(), m, m.plusDays(6)));
    assertThat(firstWeek.total().period()).isEqualTo(new Count(3, 3, 2, 2));
  }

  @Test
  void aManagerSeesOnlyTheUnitsTheyManageAndAChampionWithoutUnitsNothing() {
    AdoptionFigures manager = figures(Role.MANAGER, twoWeeks(Set.of()));
    assertThat(manager.units()).extracting(u -> u.id()).containsExactly(history.plan().unit());
    assertThat(manager.total().period()).isEqualTo(new Count(3, 3, 2, 2));
    assertThat(manager.byUnit()).hasSize(1);
    AdoptionFigures asked =
        figures(
            Role.MANAGER,
            new AdoptionFilter(Set.of(history.plan().otherUnit()), Set.of(), m, m.plusDays(13)));
    assertThat(asked.units()).isEmpty();
    assertThat(asked.total().period()).isEqualTo(Count.NONE);
    AdoptionFigures champion = figures(Role.CHAMPION, twoWeeks(Set.of()));
    assertThat(champion.units()).isEmpty();
  }

  @Test
  void featureUseAmongTheStaffLiveByTheEndOfThePeriod() {
    AdoptionFigures figures = figures(Role.LEAD, twoWeeks(Set.of()));
    // "chat" and "Chat" are the feature Chat: 1 and 2; "open" is no feature: 1 and 3
    assertThat(figures.features()).containsExactly(new FeatureUse("Chat", 2, 5));
    assertThat(figures.features().getFirst().percent()).isEqualByComparingTo("40.0");
    assertThat(figures.otherActions()).containsExactly(new FeatureUse("open", 2, 5));
  }

  @Test
  void timeFromTrainingToFirstUseCountsThoseWhoNeverUsedItSince() {
    AdoptionFigures.TrainingToUse t = figures(Role.LEAD, twoWeeks(Set.of())).trainingToUse();
    // 1: M-3 → M, 3 days; 2: M+7 → M+9, 2 days; 4 never; 3 used it only before training
    assertThat(t.trained()).isEqualTo(4);
    assertThat(t.used()).isEqualTo(2);
    assertThat(t.neverUsed()).isEqualTo(2);
    assertThat(t.firstQuartile()).isEqualByComparingTo(new BigDecimal("2.3"));
    assertThat(t.median()).isEqualByComparingTo(new BigDecimal("2.5"));
    assertThat(t.thirdQuartile()).isEqualByComparingTo(new BigDecimal("2.8"));
  }

  @Test
  void retentionByGoLiveMonth() {
    AdoptionFigures figures = figures(Role.LEAD, twoWeeks(Set.of()));
    String wardMonth = m.toString().substring(0, 7);
    String clinicMonth = m.plusDays(9).toString().substring(0, 7);
    if (wardMonth.equals(clinicMonth)) {
      assertThat(figures.cohorts()).hasSize(1);
      var cohort = figures.cohorts().getFirst();
      assertThat(cohort.staff()).isEqualTo(5);
      // week 1: ward 1, 3 of 3; clinic 2 of 2 (M+9..M+15) → 3 of 5
      assertThat(cohort.weeks().get(0)).isEqualTo(new AdoptionFigures.CohortWeek(1, 5, 3));
      // week 2: ward 1 (M+8); clinic none (M+16..M+22)
      assertThat(cohort.weeks().get(1)).isEqualTo(new AdoptionFigures.CohortWeek(2, 5, 1));
    } else {
      assertThat(figures.cohorts()).hasSize(2);
      var ward = figures.cohorts().get(0);
      assertThat(ward.month()).isEqualTo(wardMonth);
      assertThat(ward.weeks().get(0)).isEqualTo(new AdoptionFigures.CohortWeek(1, 3, 2));
      assertThat(ward.weeks().get(1)).isEqualTo(new AdoptionFigures.CohortWeek(2, 3, 1));
      var clinic = figures.cohorts().get(1);
      assertThat(clinic.weeks().get(0)).isEqualTo(new AdoptionFigures.CohortWeek(1, 2, 1));
    }
    // week 8 after M is still to come for everyone (today is M+35 to M+41)
    assertThat(figures.cohorts().getFirst().weeks().get(4))
        .isEqualTo(new AdoptionFigures.CohortWeek(12, 0, 0));
    assertThat(figures.cohorts().getFirst().weeks().get(3).reached()).isZero();
  }

  private static Count day(AdoptionFigures figures, LocalDate day) {
    return figures.days().stream()
        .filter(d -> d.day().equals(day))
        .map(DayCount::count)
        .findFirst()
        .orElseThrow();
  }
}
