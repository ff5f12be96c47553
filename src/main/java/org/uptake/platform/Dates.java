package org.uptake.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times for pages, written the way the reader's language writes them (CLDR's short date
 * style: fi and nb {@code 24.11.2026}, sv {@code 2026-11-24}, English day first as in the UK,
 * {@code 24/11/2026}), in the time zone of the reader's organisation ({@link TenantZones}: by its
 * country), or the clock's ({@code Europe/Helsinki}) outside an organisation. Templates call it as
 * {@code ${@dates.day(d)}} and {@code ${@dates.time(t)}}; no value gives a dash. Files for machines
 * (CSV, XLSX, JSON, FHIR) and date inputs stay ISO-8601.
 */
@Component("dates")
public class Dates {

  private static final String NONE = "–";

  private final ZoneId clockZone;
  private final @Nullable TenantZones zones;

  /** Dates always in the clock's zone. */
  public Dates(Clock clock) {
    this.clockZone = clock.getZone();
    this.zones = null;
  }

  /** Dates in the zone of the current organisation, or the clock's outside one. */
  @org.springframework.beans.factory.annotation.Autowired
  public Dates(Clock clock, TenantZones zones) {
    this.clockZone = clock.getZone();
    this.zones = zones;
  }

  /** The day of a {@code LocalDate}, or the day in Uptake's zone of an instant or date-time. */
  public String day(@Nullable TemporalAccessor value) {
    return day(value, LocaleContextHolder.getLocale());
  }

  /** The day and the time to the minute. */
  public String time(@Nullable TemporalAccessor value) {
    return time(value, LocaleContextHolder.getLocale(), FormatStyle.SHORT);
  }

  /** The day and the time to the second. */
  public String seconds(@Nullable TemporalAccessor value) {
    return time(value, LocaleContextHolder.getLocale(), FormatStyle.MEDIUM);
  }

  /** Two days as a period, {@code from – to}. */
  public String period(@Nullable TemporalAccessor from, @Nullable TemporalAccessor to) {
    return day(from) + " – " + day(to);
  }

  /** Several days, separated by commas. */
  public String days(@Nullable Collection<? extends TemporalAccessor> values) {
    if (values == null || values.isEmpty()) {
      return NONE;
    }
    return values.stream().map(this::day).collect(Collectors.joining(", "));
  }

  String day(@Nullable TemporalAccessor value, Locale locale) {
    if (value == null) {
      return NONE;
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
        .withLocale(written(locale))
        .format(local(value).toLocalDate());
  }

  String time(@Nullable TemporalAccessor value, Locale locale, FormatStyle precision) {
    if (value == null) {
      return NONE;
    }
    LocalDateTime at = local(value);
    return day(at.toLocalDate(), locale)
        + " "
        + DateTimeFormatter.ofLocalizedTime(precision).withLocale(written(locale)).format(at);
  }

  /** The zone times are shown in now: the current organisation's, or the clock's. */
  public ZoneId zone() {
    TenantZones known = zones;
    if (known == null) {
      return clockZone;
    }
    return TenantContext.current().flatMap(known::zone).orElse(clockZone);
  }

  private LocalDateTime local(TemporalAccessor value) {
    ZoneId zone = zone();
    return switch (value) {
      case LocalDate date -> date.atStartOfDay();
      case LocalDateTime dateTime -> dateTime;
      case Instant instant -> LocalDateTime.ofInstant(instant, zone);
      case OffsetDateTime offset -> offset.atZoneSameInstant(zone).toLocalDateTime();
      case ZonedDateTime zoned -> zoned.withZoneSameInstant(zone).toLocalDateTime();
      default -> LocalDateTime.ofInstant(Instant.from(value), zone);
    };
  }

  /**
   * English as written in the UK (day first, four-digit year): the American short style {@code
   * 11/24/26} would be misread by everyone else.
   */
  private static Locale written(Locale locale) {
    return locale.getLanguage().equals("en") ? Locale.UK : locale;
  }
}
