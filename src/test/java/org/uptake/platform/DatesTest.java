package org.uptake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Days and times as each of Uptake's languages writes them, in Uptake's time zone. */
class DatesTest {

  private final Dates dates = new Dates(Clock.system(ZoneId.of("Europe/Helsinki")));
  private final LocalDate day = LocalDate.of(2026, 11, 24);
  // 07:05 UTC is 09:05 in Helsinki in November
  private final Instant morning = Instant.parse("2026-11-04T07:05:30Z");

  @Test
  void finnishWritesDayMonthYearWithDotsAndTheHourWithADot() {
    Locale fi = Locale.forLanguageTag("fi");
    assertThat(dates.day(day, fi)).isEqualTo("24.11.2026");
    assertThat(dates.time(morning, fi, FormatStyle.SHORT)).isEqualTo("4.11.2026 9.05");
  }

  @Test
  void swedishWritesIsoOrder() {
    Locale sv = Locale.forLanguageTag("sv");
    assertThat(dates.day(day, sv)).isEqualTo("2026-11-24");
    assertThat(dates.time(morning, sv, FormatStyle.SHORT)).isEqualTo("2026-11-04 09:05");
    assertThat(dates.time(morning, sv, FormatStyle.MEDIUM)).isEqualTo("2026-11-04 09:05:30");
  }

  @Test
  void norwegianBokmalWritesDayMonthYearWithDots() {
    Locale nb = Locale.forLanguageTag("nb");
    assertThat(dates.day(day, nb)).isEqualTo("24.11.2026");
    assertThat(dates.day(day, Locale.forLanguageTag("no"))).isEqualTo("24.11.2026");
    assertThat(dates.time(morning, nb, FormatStyle.SHORT)).isEqualTo("04.11.2026 09:05");
  }

  @Test
  void englishWritesTheDayFirstAsInTheUkEvenWithoutACountry() {
    assertThat(dates.day(day, Locale.UK)).isEqualTo("24/11/2026");
    assertThat(dates.day(day, Locale.ENGLISH)).isEqualTo("24/11/2026");
    assertThat(dates.time(morning, Locale.ENGLISH, FormatStyle.SHORT))
        .isEqualTo("04/11/2026 09:05");
  }

  @Test
  void instantsAndOffsetsAreShownInUptakesZoneAndNothingIsADash() {
    Locale fi = Locale.forLanguageTag("fi");
    // 22:30 UTC on the 23rd is already the 24th in Helsinki
    assertThat(dates.day(Instant.parse("2026-11-23T22:30:00Z"), fi)).isEqualTo("24.11.2026");
    assertThat(dates.day(OffsetDateTime.parse("2026-11-23T23:30:00+01:00"), fi))
        .isEqualTo("24.11.2026");
    assertThat(dates.day(null, fi)).isEqualTo("–");
    assertThat(dates.time(null, fi, FormatStyle.SHORT)).isEqualTo("–");
    assertThat(dates.days(List.of())).isEqualTo("–");
  }

  @Test
  void timesAreShownInTheZoneOfTheReadersOrganisation() {
    OrganisationId fjordvik = new OrganisationId(java.util.UUID.randomUUID());
    OrganisationId unknown = new OrganisationId(java.util.UUID.randomUUID());
    Dates tenants =
        new Dates(
            Clock.system(ZoneId.of("Europe/Helsinki")),
            organisation ->
                organisation.equals(fjordvik)
                    ? java.util.Optional.of(ZoneId.of("Europe/Oslo"))
                    : java.util.Optional.empty());
    Locale nb = Locale.forLanguageTag("nb");
    // 07:05 UTC is 08:05 in Oslo and 09:05 in Helsinki in November
    assertThat(TenantContext.runAs(fjordvik, () -> tenants.time(morning, nb, FormatStyle.SHORT)))
        .isEqualTo("04.11.2026 08:05");
    assertThat(TenantContext.runAs(unknown, () -> tenants.time(morning, nb, FormatStyle.SHORT)))
        .isEqualTo("04.11.2026 09:05");
    assertThat(tenants.time(morning, nb, FormatStyle.SHORT)).isEqualTo("04.11.2026 09:05");
    // 22:30 UTC on the 23rd: 23:30 that day in Oslo, already 00:30 on the 24th in Helsinki
    Instant late = Instant.parse("2026-11-23T22:30:00Z");
    assertThat(TenantContext.runAs(fjordvik, () -> tenants.day(late, nb))).isEqualTo("23.11.2026");
    assertThat(tenants.day(late, nb)).isEqualTo("24.11.2026");
  }
}
