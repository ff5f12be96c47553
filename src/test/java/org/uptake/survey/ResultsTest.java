package org.uptake.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.UnitManagers;
import org.uptake.platform.NotFoundException;

@UptakeTest
class ResultsTest {

  private static final String NURSE = "REGISTERED_NURSE";
  private static final String PHYSICIAN = "PHYSICIAN";

  @Autowired Fixtures fixtures;
  @Autowired SurveyResultFixtures surveys;
  @Autowired Results results;
  @Autowired UnitManagers managers;

  Fixtures.Tenant tenant;
  StoredInstrument practices;
  UnitId ward;
  UnitId clinic;
  UUID wave;

  /**
   * Ward A: 15 nurses answering 4, 4 physicians answering 2; clinic B: 30 nurses, 25 physicians.
   */
  @BeforeEach
  void wave() {
    tenant = fixtures.tenant();
    ward = tenant.units().get(0);
    clinic = tenant.units().get(1);
    practices = surveys.practices(tenant);
    wave = surveys.wave(tenant, practices, "Baseline", true, 10, null, LocalDate.of(2026, 9, 1));
    surveys.respond(tenant, wave, practices, ward, NURSE, 15, 4);
    surveys.respond(tenant, wave, practices, ward, PHYSICIAN, 4, 2);
    surveys.respond(tenant, wave, practices, clinic, NURSE, 30, 5);
    surveys.respond(tenant, wave, practices, clinic, PHYSICIAN, 25, 3);
  }

  @Test
  void byUnitShowsEachUnitsMeanAndTheWholeWave() {
    ResultSheet sheet = sheet(Role.RESEARCHER, ResultBreakdown.UNIT);

    assertThat(sheet.rows())
        .extracting(ResultSheet.Row::unit)
        .as("units by name, then the whole wave")
        .containsExactly(clinic.value(), ward.value(), null);
    ResultFigure wardCoherence = coherence(sheet).get(1);
    assertThat(wardCoherence.suppressed()).isFalse();
    assertThat(wardCoherence.n()).isEqualTo(19);
    assertThat(wardCoherence.mean()).isCloseTo((15 * 4 + 4 * 2) / 19.0, within());
    assertThat(coherence(sheet).get(2).n()).isEqualTo(74);
    assertThat(sheet.respondents()).extracting(ResultFigure::n).containsExactly(55, 19, 74);
  }

  @Test
  void byUnitAndGroupHidesTheFourPhysiciansAndEveryCellThatWouldGiveThemAway() {
    ResultSheet sheet = sheet(Role.LEAD, ResultBreakdown.UNIT_GROUP);

    List<ResultFigure> coherence = coherence(sheet);
    assertThat(sheet.rows()).hasSize(5);
    // clinic physicians, clinic nurses, ward physicians, ward nurses, whole wave
    assertThat(coherence)
        .extracting(ResultFigure::suppressed)
        .containsExactly(true, true, true, true, false);
    assertThat(coherence.get(2).n()).isZero();
    assertThat(coherence.get(2).mean()).isNull();
  }

  @Test
  void anItemShowsHowManyGaveEachPoint() {
    ResultSheet sheet = sheet(Role.ADMIN, ResultBreakdown.GROUP);

    ResultSheet.Line first =
        sheet.items().stream().filter(l -> l.code().equals("npt.p01")).findFirst().orElseThrow();
    ResultFigure whole = first.figures().getLast();
    assertThat(whole.count("4")).isEqualTo(15);
    assertThat(whole.count("2")).isEqualTo(4);
    assertThat(whole.count("5")).isEqualTo(30);
    assertThat(whole.count("3")).isEqualTo(25);
    assertThat(whole.n()).isEqualTo(74);
    assertThat(sheet.rows())
        .extracting(ResultSheet.Row::group)
        .containsExactly(PHYSICIAN, NURSE, null);
  }

  @Test
  void aManagerSeesOnlyTheirUnitsStillSuppressed() {
    fixtures.as(
        tenant, Role.ADMIN, () -> managers.set(ward, Set.of(tenant.accounts().get(Role.MANAGER))));

    ResultSheet byUnit = sheet(Role.MANAGER, ResultBreakdown.UNIT);
    ResultSheet byGroup = sheet(Role.MANAGER, ResultBreakdown.GROUP);

    assertThat(byUnit.rows()).extracting(ResultSheet.Row::unit).containsExactly(ward.value());
    assertThat(byUnit.wholeIndex()).isNull();
    assertThat(coherence(byUnit).getFirst().n()).isEqualTo(19);
    assertThat(byGroup.by()).isEqualTo(ResultBreakdown.UNIT_GROUP);
    assertThat(byGroup.rows()).allMatch(row -> ward.value().equals(row.unit()));
    assertThat(coherence(byGroup)).allMatch(ResultFigure::suppressed);
  }

  @Test
  void responseRatesAreHiddenWhereTheAnsweredAreASmallGroup() {
    surveys.invite(tenant, wave, ward, NURSE, 20, 15);
    surveys.invite(tenant, wave, ward, PHYSICIAN, 6, 4);
    surveys.invite(tenant, wave, clinic, NURSE, 40, 30);
    surveys.invite(tenant, wave, clinic, PHYSICIAN, 30, 25);

    ResultSheet byUnit = sheet(Role.LEAD, ResultBreakdown.UNIT);
    ResultSheet byCell = sheet(Role.LEAD, ResultBreakdown.UNIT_GROUP);

    assertThat(byUnit.rates())
        .containsExactly(
            new ResultSheet.Rate(false, 70, 55),
            new ResultSheet.Rate(false, 26, 19),
            new ResultSheet.Rate(false, 96, 74));
    assertThat(byCell.rates().get(2).suppressed()).as("4 of 6 ward physicians").isTrue();
    assertThat(byCell.rates().get(3).suppressed()).as("ward nurses, else 19 − 15").isTrue();
    assertThat(byUnit.wave().invited()).isEqualTo(96);
    assertThat(byUnit.wave().answered()).isEqualTo(74);
  }

  @Test
  void theTrendFollowsTheSeriesAndHidesAWaveWhoseAudienceChangedByAFew() {
    UUID series = surveys.series(tenant, wave);
    List<UUID> first = surveys.invite(tenant, wave, clinic, NURSE, 40, 30);
    UUID later =
        surveys.wave(tenant, practices, "3 months", true, 10, series, LocalDate.of(2026, 12, 1));
    surveys.invite(tenant, later, first, true);
    surveys.respond(tenant, later, practices, clinic, NURSE, 40, 4);
    UUID third =
        surveys.wave(tenant, practices, "6 months", true, 10, series, LocalDate.of(2027, 3, 1));
    surveys.invite(tenant, third, first, true);
    surveys.invite(tenant, third, clinic, NURSE, 3, 3);
    surveys.respond(tenant, third, practices, clinic, NURSE, 43, 3);

    ResultSheet sheet = sheet(Role.RESEARCHER, ResultBreakdown.UNIT);

    assertThat(sheet.trend())
        .extracting(ResultSheet.TrendPoint::name)
        .containsExactly("Baseline", "3 months", "6 months");
    assertThat(sheet.trend().get(1).constructs().get("npt.coherence").mean())
        .isCloseTo(4.0, within());
    assertThat(sheet.trend().get(2).constructs().get("npt.coherence").suppressed())
        .as("the same 40 people and 3 more: the difference would be about the 3")
        .isTrue();
  }

  @Test
  void professionalsDoNotReadResultsAndAnotherOrganisationsWaveIsNotFound() {
    Fixtures.Tenant other = fixtures.tenant();

    assertThatThrownBy(() -> sheet(Role.PROFESSIONAL, ResultBreakdown.UNIT))
        .isInstanceOf(AuthorizationDeniedException.class);
    assertThatThrownBy(
            () -> fixtures.as(other, Role.LEAD, () -> results.sheet(wave, ResultBreakdown.UNIT)))
        .isInstanceOf(NotFoundException.class);
  }

  private ResultSheet sheet(Role role, ResultBreakdown by) {
    return fixtures.as(tenant, role, () -> results.sheet(wave, by));
  }

  private static List<ResultFigure> coherence(ResultSheet sheet) {
    return sheet.constructs().stream()
        .filter(line -> line.code().equals("npt.coherence"))
        .findFirst()
        .orElseThrow()
        .figures();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
