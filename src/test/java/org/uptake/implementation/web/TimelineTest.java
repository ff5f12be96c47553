package org.uptake.implementation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.uptake.implementation.DateRange;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlan;
import org.uptake.organisation.UnitId;

/** The geometry of the timeline, as plain arithmetic. */
class TimelineTest {

  @Test
  void monthsSpanThePlannedDatesAndBarsSitWhereTheirDatesFall() {
    UnitPlan ward =
        UnitPlan.joining(new UnitId(UUID.randomUUID()), "Ward", null)
            .plan(
                PhaseName.PREPARE,
                new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))
            .plan(
                PhaseName.TRAIN,
                new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));

    Timeline timeline = Timeline.of(List.of(ward), LocalDate.of(2026, 2, 1), Locale.ENGLISH);

    assertThat(timeline.months()).extracting(Timeline.Month::label).containsExactly("Jan", "Feb");
    assertThat(timeline.months()).extracting(Timeline.Month::year).containsExactly("2026", null);
    assertThat(timeline.months().get(1).x()).isEqualTo("52.542%");
    Timeline.Row row = timeline.rows().getFirst();
    assertThat(row.planned())
        .extracting(Timeline.Bar::phase)
        .containsExactly(PhaseName.PREPARE, PhaseName.TRAIN);
    assertThat(row.planned().get(0).x()).isEqualTo("0.000%");
    assertThat(row.planned().get(0).width()).isEqualTo("52.542%");
    assertThat(row.planned().get(1).width()).isEqualTo("47.458%");
    assertThat(row.actual()).isEmpty();
    assertThat(timeline.today()).isEqualTo("53.390%");
  }

  @Test
  void withNothingPlannedThereIsNoChartButEveryUnitHasARow() {
    UnitPlan ward = UnitPlan.joining(new UnitId(UUID.randomUUID()), "Ward", null);
    Timeline timeline = Timeline.of(List.of(ward), LocalDate.of(2026, 2, 1), Locale.ENGLISH);
    assertThat(timeline.empty()).isTrue();
    assertThat(timeline.rows()).hasSize(1);
    assertThat(timeline.today()).isNull();
  }

  @Test
  void whatHasHappenedRunsToTodayWhileAPhaseIsUnderWay() {
    LocalDate today = LocalDate.of(2026, 1, 20);
    UnitPlan ward =
        UnitPlan.joining(new UnitId(UUID.randomUUID()), "Ward", null)
            .plan(
                PhaseName.PREPARE,
                new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)))
            .start(PhaseName.PREPARE, LocalDate.of(2026, 1, 11), today);
    Timeline.Bar actual =
        Timeline.of(List.of(ward), today, Locale.ENGLISH).rows().getFirst().actual().getFirst();
    assertThat(actual.start()).isEqualTo(LocalDate.of(2026, 1, 11));
    assertThat(actual.end()).isEqualTo(today);
  }
}
