package org.uptake.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.StaffMember;
import org.uptake.organisation.UnitId;
import org.uptake.platform.OrganisationId;
import org.uptake.usage.CsvMapping;
import org.uptake.usage.ImportChannel;
import org.uptake.usage.TimeFormat;
import org.uptake.usage.TrainingRecords;
import org.uptake.usage.UsageFormat;
import org.uptake.usage.UsageImporter;
import org.uptake.usage.UsageSources;

/**
 * The service's own usage log since the first unit went live, imported through the same pipeline as
 * an upload, and the training records of the live units: most staff were trained in their unit's
 * training phase (a few only after go-live); staff use it on their working days and rarely on
 * weekends, habits grow over the first weeks, most keep going, some never start (more often the
 * untrained), some stop after a few weeks; each professional group leans on different features; and
 * a few ids in the log belong to no one on the roster (a supplier's test account, a locum); the
 * summer holidays show. A second source, the supplier's mobile app piloted by some regular users in
 * the last weeks, logs FHIR AuditEvents. Invented, seeded, dated relative to today.
 */
@Component
@Order(5)
class UsageDemo implements DemoContribution {

  static final String SOURCE = "consultations-log";

  /**
   * The supplier's mobile app for professionals, piloted for a few weeks; logs FHIR AuditEvents.
   */
  static final String MOBILE_SOURCE = "front-door-mobile";

  private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

  /**
   * What the log writes: the service's four features by their slugs, and opening the work queue,
   * which is no feature of its own. Each professional group leans on different features.
   */
  private static final List<String> ACTIONS =
      List.of("open-inbox", "chat-with-a-nurse", "secure-messages", "video-visit", "e-forms");

  private static final Map<ProfessionalGroup, double[]> WEIGHTS =
      Map.of(
          ProfessionalGroup.REGISTERED_NURSE, new double[] {4, 5, 3, 0.3, 1.5},
          ProfessionalGroup.PUBLIC_HEALTH_NURSE, new double[] {4, 3, 4, 1, 2},
          ProfessionalGroup.PRACTICAL_NURSE, new double[] {4, 2, 1, 0.1, 0.5},
          ProfessionalGroup.PHYSICIAN, new double[] {3, 0.5, 4, 2.5, 1},
          ProfessionalGroup.SOCIAL_WORKER, new double[] {3, 0.2, 5, 1, 0.5},
          ProfessionalGroup.DIGITAL_COUNSELLOR, new double[] {5, 5, 4, 1, 3},
          ProfessionalGroup.OTHER, new double[] {3, 0.5, 1, 0.1, 0.5});

  private final Implementations implementations;
  private final UnitPlans plans;
  private final Staff staff;
  private final UsageSources sources;
  private final UsageImporter importer;
  private final TrainingRecords training;
  private final Clock clock;

  UsageDemo(
      Implementations implementations,
      UnitPlans plans,
      Staff staff,
      UsageSources sources,
      UsageImporter importer,
      TrainingRecords training,
      Clock clock) {
    this.implementations = implementations;
    this.plans = plans;
    this.staff = staff;
    this.sources = sources;
    this.importer = importer;
    this.training = training;
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
    Map<UnitId, LocalDate> trainingFrom = new HashMap<>();
    for (UnitId unit : people.units()) {
      UnitPlan plan = plans.get(rollout.id(), unit);
      LocalDate started = plan.phase(PhaseName.GO_LIVE).actualStart();
      if (started != null) {
        goLive.put(unit, started);
        LocalDate train = plan.phase(PhaseName.TRAIN).actualStart();
        trainingFrom.put(unit, train != null ? train : started.minusDays(21));
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
    Random random = new Random(organisation.value().hashCode());
    List<StaffMember> roster = staff.listForImport();
    Map<StaffId, LocalDate> trained = trainingDays(roster, goLive, trainingFrom, random);
    for (Map.Entry<StaffId, LocalDate> day : trained.entrySet()) {
      StaffMember member =
          roster.stream().filter(s -> s.id().equals(day.getKey())).findFirst().orElseThrow();
      training.record(
          rollout.id(), member.unitId(), List.of(member.id()), day.getValue(), "Demo training");
    }
    List<StaffMember> regulars = new ArrayList<>();
    byte[] log = log(roster, goLive, trained, regulars, random);
    importer.importFile(
        SOURCE,
        "consultations-log.csv.gz",
        new ByteArrayInputStream(log),
        ImportChannel.CLI,
        n -> {});
    sources.create(rollout.id(), MOBILE_SOURCE, UsageFormat.FHIR_AUDIT_EVENT, null, ZONE);
    LocalDate today = LocalDate.now(clock);
    importer.importFile(
        MOBILE_SOURCE,
        "front-door-mobile-" + today + ".json",
        new ByteArrayInputStream(
            AuditEventLog.bundle(
                regulars, today.minusDays(AuditEventLog.DAYS), clock.instant(), ZONE, random)),
        ImportChannel.CLI,
        n -> {});
  }

  private static int pick(double[] weights, Random random) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /**
   * A training day for most staff of the live units, in their unit's training phase; about one in
   * seven is never trained.
   */
  private static Map<StaffId, LocalDate> trainingDays(
      List<StaffMember> roster,
      Map<UnitId, LocalDate> goLive,
      Map<UnitId, LocalDate> trainingFrom,
      Random random) {
    Map<StaffId, LocalDate> days = new HashMap<>();
    for (StaffMember member : roster) {
      LocalDate live = goLive.get(member.unitId());
      if (live == null || !member.active() || random.nextDouble() < 0.14) {
        continue;
      }
      LocalDate from = trainingFrom.get(member.unitId());
      int span = (int) Math.max(1, ChronoUnit.DAYS.between(from, live));
      LocalDate day = from.plusDays(random.nextInt(span));
      // a few are trained only after go-live, when they come back from leave
      if (random.nextDouble() < 0.08) {
        day = live.plusDays(7 + random.nextInt(21));
      }
      while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.plusDays(1);
      }
      days.put(member.id(), day);
    }
    return days;
  }

  /**
   * A gzip CSV log, as the service would export it; fills {@code regulars} with some who use it
   * daily.
   */
  private byte[] log(
      List<StaffMember> roster,
      Map<UnitId, LocalDate> goLive,
      Map<StaffId, LocalDate> trained,
      List<StaffMember> regulars,
      Random random) {
    LocalDate today = LocalDate.now(clock);
    // the summer holiday season of the last summer: most take three or four weeks off
    int summer = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    LocalDate holidaysFrom = LocalDate.of(summer, 6, 10);
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
        LocalDate trainedOn = trained.get(member.id());
        double kind = random.nextDouble();
        // the untrained start less often
        if (kind < (trainedOn == null ? 0.45 : 0.08)) {
          continue; // never started
        }
        LocalDate start = trainedOn != null && trainedOn.isAfter(live) ? trainedOn : live;
        LocalDate first = start.plusDays(random.nextInt(trainedOn == null ? 20 : 8));
        boolean stops = kind < 0.22;
        LocalDate last = stops ? first.plusDays(10 + random.nextInt(35)) : today;
        if (!stops && trainedOn != null && random.nextDouble() < 0.4) {
          regulars.add(member);
        }
        LocalDate leave = holidaysFrom.plusDays(random.nextInt(56));
        LocalDate back = leave.plusWeeks(3 + random.nextInt(2));
        double daily = 0.3 + random.nextDouble() * 0.55;
        double[] weights = WEIGHTS.get(member.professionalGroup());
        for (LocalDate day = first;
            !day.isAfter(last) && !day.isAfter(today);
            day = day.plusDays(1)) {
          if (!day.isBefore(leave) && day.isBefore(back)) {
            continue;
          }
          boolean weekend =
              day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
          // fewer use it on weekends; habits grow over the first weeks
          double ramp = Math.min(1, 0.5 + ChronoUnit.DAYS.between(first, day) / 42.0);
          if (random.nextDouble() > daily * ramp * (weekend ? 0.12 : 1)) {
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
                    + ACTIONS.get(pick(weights, random))
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
