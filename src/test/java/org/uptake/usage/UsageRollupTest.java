package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageRollupTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private static UsageEvent event(String time, String user, String action) {
    return new UsageEvent("ehr", Instant.parse(time), user, action, null, null);
  }

  @Test
  void countsEachPersonsUseOfEachFeaturePerDayWithFirstAndLastUse() {
    UsageRollup rollup =
        UsageRollup.of(
            List.of(
                event("2026-03-02T10:00:00Z", "u1", "open"),
                event("2026-03-02T07:00:00Z", "u1", "open"),
                event("2026-03-02T08:00:00Z", "u1", "sign"),
                event("2026-03-02T09:00:00Z", "u2", "open"),
                event("2026-03-03T09:00:00Z", "u1", "open")),
            HELSINKI);

    LocalDate second = LocalDate.of(2026, 3, 2);
    assertThat(rollup.rows())
        .containsExactly(
            new DailyUsage(
                "ehr",
                "u1",
                second,
                "open",
                2,
                Instant.parse("2026-03-02T07:00:00Z"),
                Instant.parse("2026-03-02T10:00:00Z")),
            new DailyUsage(
                "ehr",
                "u1",
                second,
                "sign",
                1,
                Instant.parse("2026-03-02T08:00:00Z"),
                Instant.parse("2026-03-02T08:00:00Z")),
            new DailyUsage(
                "ehr",
                "u2",
                second,
                "open",
                1,
                Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-02T09:00:00Z")),
            new DailyUsage(
                "ehr",
                "u1",
                second.plusDays(1),
                "open",
                1,
                Instant.parse("2026-03-03T09:00:00Z"),
                Instant.parse("2026-03-03T09:00:00Z")));
  }

  @Test
  void theDayIsTheOrganisationsDayNotUtcs() {
    // 22:30 UTC on 1 March is 00:30 on 2 March in Helsinki.
    UsageRollup rollup =
        UsageRollup.of(List.of(event("2026-03-01T22:30:00Z", "u1", "open")), HELSINKI);

    assertThat(rollup.rows().getFirst().day()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(
            UsageRollup.of(List.of(event("2026-03-01T22:30:00Z", "u1", "open")), ZoneId.of("UTC"))
                .rows()
                .getFirst()
                .day())
        .isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void addingTheRollupOfNewEventsEqualsRollingUpEverything() {
    List<UsageEvent> before =
        List.of(
            event("2026-03-02T10:00:00Z", "u1", "open"),
            event("2026-03-02T11:00:00Z", "u2", "open"));
    List<UsageEvent> after =
        List.of(
            event("2026-03-02T06:00:00Z", "u1", "open"),
            event("2026-03-02T12:00:00Z", "u1", "open"));

    UsageRollup stored = UsageRollup.of(before, HELSINKI);
    UsageRollup everything =
        UsageRollup.of(
            java.util.stream.Stream.concat(before.stream(), after.stream()).toList(), HELSINKI);

    assertThat(stored.plus(UsageRollup.of(after, HELSINKI))).isEqualTo(everything);
    assertThat(everything.rows().getFirst().count()).isEqualTo(3);
  }

  @Test
  void theLastDayOfUseOfEachPerson() {
    UsageRollup rollup =
        UsageRollup.of(
            List.of(
                event("2026-03-05T10:00:00Z", "u1", "open"),
                event("2026-03-02T10:00:00Z", "u1", "sign"),
                event("2026-03-04T10:00:00Z", "u2", "open")),
            HELSINKI);

    assertThat(rollup.lastUseDays())
        .isEqualTo(Map.of("u1", LocalDate.of(2026, 3, 5), "u2", LocalDate.of(2026, 3, 4)));
  }

  @Test
  void rowsOfDifferentCellsDoNotAdd() {
    DailyUsage a =
        UsageRollup.of(List.of(event("2026-03-02T10:00:00Z", "u1", "open")), HELSINKI)
            .rows()
            .getFirst();
    DailyUsage b =
        UsageRollup.of(List.of(event("2026-03-02T10:00:00Z", "u2", "open")), HELSINKI)
            .rows()
            .getFirst();

    assertThatIllegalArgumentException().isThrownBy(() -> a.plus(b));
  }
}
