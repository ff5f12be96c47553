package org.uptake.determinant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.uptake.determinant.DeterminantOverview.Row;
import org.uptake.framework.Frameworks;
import org.uptake.organisation.UnitId;

/** The overview tables and heat maps, counted without a database. */
class DeterminantOverviewTest {

  private static final Frameworks FRAMEWORKS = new Frameworks();
  private static final UnitId WARD =
      new UnitId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
  private static final UnitId CLINIC =
      new UnitId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));

  private static DeterminantDetails determinant(
      Valence valence, Set<String> groups, Set<UnitId> units, String... tags) {
    return new DeterminantDetails(valence, "d", groups, units, 2, 2, Set.of(tags));
  }

  private final DeterminantOverview overview =
      DeterminantOverview.of(
          List.of(
              determinant(
                  Valence.BARRIER, Set.of("manager"), Set.of(WARD, CLINIC), "cfir.c4d", "npt.p06"),
              determinant(Valence.BARRIER, Set.of("registered_nurse"), Set.of(WARD), "cfir.c4b"),
              determinant(
                  Valence.BARRIER, Set.of("registered_nurse", "it"), Set.of(WARD), "cfir.d4"),
              determinant(Valence.FACILITATOR, Set.of("manager"), Set.of(CLINIC), "npt.p01")),
          FRAMEWORKS::entry);

  @Test
  void everyTableCountsAndSharesOfAllBarriersAndFacilitators() {
    assertThat(overview.total()).isEqualTo(new DeterminantSummary.Counts(3, 1));
    assertThat(overview.tables())
        .extracting(DeterminantOverview.Table::key)
        .containsExactlyElementsOf(DeterminantOverview.TABLES);
    assertThat(overview.table("cfir-domain").rows())
        .containsExactly(new Row("cfir.c", 2, 0, 67, 0), new Row("cfir.d", 1, 0, 33, 0));
    assertThat(overview.table("cfir-construct").rows())
        .containsExactly(new Row("cfir.c4", 2, 0, 67, 0), new Row("cfir.d4", 1, 0, 33, 0));
    assertThat(overview.table("npt-component").rows())
        .containsExactly(
            new Row("npt.coherence", 0, 1, 0, 100), new Row("npt.collective-action", 1, 0, 33, 0));
    assertThat(overview.table("unit").rows())
        .containsExactly(
            new Row(WARD.value().toString(), 3, 0, 100, 0),
            new Row(CLINIC.value().toString(), 1, 1, 33, 100));
    assertThat(overview.table("stakeholder-group").rows())
        .containsExactly(
            new Row("manager", 1, 1, 33, 100),
            new Row("registered_nurse", 2, 0, 67, 0),
            new Row("it", 1, 0, 33, 0));
  }

  @Test
  void theHeatMapsCrossUnitsWithFrameworkHeadings() {
    DeterminantOverview.HeatMap barriers = overview.barrierMap();
    assertThat(barriers.units())
        .containsExactly(WARD.value().toString(), CLINIC.value().toString());
    assertThat(barriers.headings())
        .containsExactly("cfir.c", "cfir.d", "npt.coherence", "npt.collective-action");
    assertThat(barriers.count(WARD.value().toString(), "cfir.c")).isEqualTo(2);
    assertThat(barriers.count(CLINIC.value().toString(), "cfir.c")).isEqualTo(1);
    assertThat(barriers.count(CLINIC.value().toString(), "npt.coherence")).isZero();
    assertThat(barriers.level(WARD.value().toString(), "cfir.c")).isEqualTo(2);
    assertThat(overview.facilitatorMap().count(CLINIC.value().toString(), "npt.coherence"))
        .isEqualTo(1);
  }

  @Test
  void sharesRoundHalfUpAndShadesHaveFourLevels() {
    assertThat(DeterminantOverview.percent(28, 224)).isEqualTo(13); // 12.5
    assertThat(DeterminantOverview.percent(1, 3)).isEqualTo(33);
    assertThat(DeterminantOverview.percent(2, 3)).isEqualTo(67);
    assertThat(DeterminantOverview.percent(5, 0)).isZero();
    assertThat(List.of(0, 1, 2, 3, 4, 40))
        .extracting(DeterminantOverview::level)
        .containsExactly(0, 1, 2, 2, 3, 3);
  }
}
