package org.uptake.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.implementation.ImplementationSummary;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlan;
import org.uptake.implementation.UnitPlans;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffMember;
import org.uptake.organisation.UnitId;
import org.uptake.platform.OrganisationId;
import org.uptake.usage.CsvMapping;
import org.uptake.usage.ImportChannel;
import org.uptake.usage.TimeFormat;
import org.uptake.usage.UsageFormat;
import org.uptake.usage.UsageImporter;
import org.uptake.usage.UsageSources;

/**
 * The service's own usage log since the first unit went live, imported through the same pipeline as
 * an upload: staff of live units use it on their working days, most keep going, some never start,
 * some stop after a few weeks, and a few ids in the log belong to no one on the roster (a
 * supplier's test account, a locum). Invented, seeded, dated relative to today.
 */
@Component
@Order(5)
class UsageDemo implements DemoContribution {

  static final String SOURCE = "consultations-log";
  private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");
  private static final List<String> ACTIONS =
      List.of("open-inbox", "read-message", "reply", "video-call", "book-appointment");

  private final Implementations implementations;
  private final UnitPlans plans;
  private final Staff staff;
  private final UsageSources sources;
  private final UsageImporter importer;
  private final Clock clock;

  UsageDemo(
      Implementations implementations,
      UnitPlans plans,
      Staff staff,
      UsageSources sources,
      UsageImporter importer,
      Clock clock) {
    this.implementations = implementations;
    this.plans = plans;
    this.staff = staff;
    this.sources = sources;
    this.importer = importer;
    this.clock = clock;
  }

  @Override
  public void load(OrganisationId organisation, DemoPeople people) {
    List<ImplementationSummary> rollouts = implementations.list();
    if (rollouts.isEmpty()) {
      return;
    }
    ImplementationSummary rollout = rollouts.getFirst();
    Map<UnitId, LocalDate> goLive = new HashMap<>();
    for (UnitId unit : people.units()) {
      UnitPlan plan = plans.get(rollout.id(), unit);
      LocalDate started = plan.phase(PhaseName.GO_LIVE).actualStart();
      if (started != null) {
        goLive.put(unit, started);
      }
    }
    if (goLive.isEmpty()) {
      return;
    }
    sources.create(
        rollout.id(),
        SOURCE,
        UsageFormat.CSV,
        new CsvMapping(
            "timestamp", "user_id", "event", "unit", "event_id", TimeFormat.ISO_OFFSET, ';'),
        ZONE);
    byte[] log = log(staff.listForImport(), goLive, organisation.value().hashCode());
    importer.importFile(
        SOURCE,
        "consultations-log.csv.gz",
        new ByteArrayInputStream(log),
        ImportChannel.CLI,
        n -> {});
  }

  /** A gzip CSV log, as the service would export it. */
  private byte[] log(List<StaffMember> roster, Map<UnitId, LocalDate> goLive, int seed) {
    Random random = new Random(seed);
    LocalDate today = LocalDate.now(clock);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer out =
        new java.io.OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
      out.write("timestamp;user_id;event;unit;event_id\n");
      long id = 1;
      for (StaffMember member : roster) {
        LocalDate live = goLive.get(member.unitId());
        if (live == null || !member.active()) {
          continue;
        }
        double kind = random.nextDouble();
        if (kind < 0.12) {
          continue; // never started
        }
        LocalDate first = live.plusDays(random.nextInt(10));
        LocalDate last = kind < 0.25 ? first.plusDays(14 + random.nextInt(30)) : today;
        double daily = 0.35 + random.nextDouble() * 0.5;
        for (LocalDate day = first;
            !day.isAfter(last) && !day.isAfter(today);
            day = day.plusDays(1)) {
          if (random.nextDouble() > daily) {
            continue;
          }
          int uses = 1 + random.nextInt(6);
          for (int u = 0; u < uses; u++) {
            ZonedDateTime at =
                day.atTime(7 + random.nextInt(13), random.nextInt(60), random.nextInt(60))
                    .atZone(ZONE);
            if (at.toInstant().isAfter(clock.instant())) {
              continue;
            }
            out.write(
                at.toOffsetDateTime()
                    + ";"
                    + member.employeeNumber()
                    + ";"
                    + ACTIONS.get(random.nextInt(ACTIONS.size()))
                    + ";;ev-"
                    + id++
                    + "\n");
          }
        }
      }
      LocalDate since = goLive.values().stream().min(LocalDate::compareTo).orElse(today);
      for (String stranger : List.of("supplier-test-01", "locum-4471")) {
        for (int i = 0; i < 12; i++) {
          LocalDate day =
              since.plusDays(
                  random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(since, today))));
          if (day.isAfter(today.minusDays(1))) {
            day = today.minusDays(1);
          }
          out.write(
              day.atTime(10, i).atZone(ZONE).toOffsetDateTime()
                  + ";"
                  + stranger
                  + ";open-inbox;;ev-"
                  + id++
                  + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
