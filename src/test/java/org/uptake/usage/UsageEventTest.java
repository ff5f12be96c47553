package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UsageEventTest {

  private static final Instant TIME = Instant.parse("2026-03-01T06:15:00Z");

  @Test
  void theHashKeyIsPinnedSoThatStoredKeysStayValid() {
    UsageEvent event = new UsageEvent("ehr", TIME, "u1", "open-record", "WARD-3A", null);

    // Computed independently: SHA-256 over each part's UTF-8 bytes, each preceded by its length.
    assertThat(event.dedupKey())
        .isEqualTo("sha256:2d900475f531a1fcda5ba0812a9a6d1ac55153a244004f93654f15b26e12258e");
  }

  @Test
  void theSameUseGivesTheSameKeyWhateverTheFormatOrUnit() {
    UsageEvent fromIso =
        new UsageEvent("ehr", Instant.parse("2026-03-01T08:15:00+02:00"), "u1", "open", null, "");
    UsageEvent fromMillis =
        new UsageEvent("ehr", Instant.ofEpochMilli(TIME.toEpochMilli()), "u1", "open", "ER", null);

    assertThat(fromIso.dedupKey()).isEqualTo(fromMillis.dedupKey()).startsWith("sha256:");
  }

  @Test
  void anyDifferenceInSourceTimeUserOrActionGivesAnotherKey() {
    String key = new UsageEvent("ehr", TIME, "u1", "open", null, null).dedupKey();

    assertThat(new UsageEvent("ehr2", TIME, "u1", "open", null, null).dedupKey()).isNotEqualTo(key);
    assertThat(new UsageEvent("ehr", TIME.plusMillis(1), "u1", "open", null, null).dedupKey())
        .isNotEqualTo(key);
    assertThat(new UsageEvent("ehr", TIME, "u2", "open", null, null).dedupKey()).isNotEqualTo(key);
    assertThat(new UsageEvent("ehr", TIME, "u1", "opened", null, null).dedupKey())
        .isNotEqualTo(key);
    // A separator inside a value cannot shift a boundary between parts.
    assertThat(new UsageEvent("ehr", TIME, "u|1", "open", null, null).dedupKey())
        .isNotEqualTo(new UsageEvent("ehr", TIME, "u", "1|open", null, null).dedupKey());
  }

  @Test
  void theLogsOwnIdIsTheKeyWhenThereIsOne() {
    UsageEvent event = new UsageEvent("ehr", TIME, "u1", "open", null, "sha256:abc");

    assertThat(event.dedupKey()).isEqualTo("id:sha256:abc");
  }

  @Test
  void timesAreKeptToTheMicrosecondAsPostgresqlStoresThem() {
    UsageEvent precise = new UsageEvent("ehr", TIME.plusNanos(1_234_567), "u1", "open", null, null);

    assertThat(precise.occurredAt()).isEqualTo(TIME.plusNanos(1_234_000));
    assertThat(precise.dedupKey())
        .isEqualTo(
            new UsageEvent("ehr", TIME.plusNanos(1_234_000), "u1", "open", null, null).dedupKey());
  }

  @Test
  void refusesBlankRequiredParts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new UsageEvent(" ", TIME, "u1", "open", null, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new UsageEvent("ehr", TIME, "", "open", null, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new UsageEvent("ehr", TIME, "u1", "\t", null, null));
  }

  @Test
  void everyReasonIsAUsageErrorKeyWithAnEnglishMessage() throws Exception {
    Properties english = new Properties();
    try (var in = getClass().getResourceAsStream("/i18n/usage.properties")) {
      english.load(in);
    }

    assertThat(UsageProblem.REASONS)
        .doesNotHaveDuplicates()
        .allMatch(reason -> reason.startsWith("usage.error."))
        .allMatch(english::containsKey);
    assertThat(english.stringPropertyNames().stream().filter(k -> k.startsWith("usage.error.")))
        .containsExactlyInAnyOrderElementsOf(UsageProblem.REASONS);
  }
}
