package org.uptake.usage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlans;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffDetails;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitManagers;

/**
 * Object mother of a small, hand-made usage history whose dashboard figures are worked out by hand
 * in {@link AdoptionTest}. Day M is the Monday five weeks before this week's Monday.
 *
 * <ul>
 *   <li>Ward A goes live on M: nurse 1 (registered nurse, fixture), 3 (practical nurse), 4
 *       (registered nurse, never uses it), 5 (left: inactive, used it once).
 *   <li>Clinic B goes live on M+9: doctor 2 (physician, fixture, logs in as {@code dr-ext-77}, a
 *       mapped id), 6 (physician, never uses it).
 *   <li>Log (feature "Chat" and an action "open" that is no feature): 1 as "KEY-1" (upper case) on
 *       M-2 (before go-live), M chat, M+1 open, M+8 chat; 3 on M+2 open; 5 on M+1; dr-ext-77 on M+3
 *       (before its go-live), M+9 chat, M+10 chat; "stranger" (no one) on M+1.
 *   <li>Training: 1 and 4 on M-3, 3 on M+5, 2 on M+7.
 * </ul>
 */
@Component
@Profile("test")
public class AdoptionFixtures {

  /** The scenario's tenant, plan, day M and the staff by number (1 to 6). */
  public record History(
      Fixtures.Tenant tenant, ImplementationFixtures.Plan plan, LocalDate m, List<StaffId> staff) {

    public StaffId person(int number) {
      return staff.get(number - 1);
    }
  }

  private final ObjectProvider<Fixtures> fixtures;
  private final ImplementationFixtures plans;
  private final UnitPlans unitPlans;
  private final Staff staff;
  private final UnitManagers managers;
  private final UsageSources sources;
  private final UsageImporter importer;
  private final UsageImports imports;
  private final TrainingRecords training;
  private final java.time.Clock clock;

  AdoptionFixtures(
      ObjectProvider<Fixtures> fixtures,
      ImplementationFixtures plans,
      UnitPlans unitPlans,
      Staff staff,
      UnitManagers managers,
      UsageSources sources,
      UsageImporter importer,
      UsageImports imports,
      TrainingRecords training,
      java.time.Clock clock) {
    this.fixtures = fixtures;
    this.plans = plans;
    this.unitPlans = unitPlans;
    this.staff = staff;
    this.managers = managers;
    this.sources = sources;
    this.importer = importer;
    this.imports = imports;
    this.training = training;
    this.clock = clock;
  }

  public History history() {
    Fixtures fixture = fixtures.getObject();
    Fixtures.Tenant tenant = fixture.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    LocalDate m =
        LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(5);
    String key = tenant.key();
    return fixture.as(
        tenant,
        Role.ADMIN,
        () -> {
          var ward = plan.unit();
          var clinic = plan.otherUnit();
          unitPlans.confirmCriterion(
              plan.id(), ward, plan.criterion(), tenant.accounts().get(Role.LEAD), m.minusDays(1));
          unitPlans.startPhase(plan.id(), ward, PhaseName.GO_LIVE, m);
          unitPlans.startPhase(plan.id(), clinic, PhaseName.GO_LIVE, m.plusDays(9));
          StaffId three = person(key + "-3", "Liisa", ward, ProfessionalGroup.PRACTICAL_NURSE);
          StaffId four = person(key + "-4", "Mika", ward, ProfessionalGroup.REGISTERED_NURSE);
          StaffId five = person(key + "-5", "Outi", ward, ProfessionalGroup.REGISTERED_NURSE);
          StaffId six = person(key + "-6", "Pekka", clinic, ProfessionalGroup.PHYSICIAN);
          staff.setActive(five, false);
          managers.set(ward, Set.of(tenant.accounts().get(Role.MANAGER)));
          sources.create(
              plan.id(),
              "log",
              UsageFormat.CSV,
              new CsvMapping("time", "user", "action", null, null, TimeFormat.ISO_OFFSET, ','),
              ZoneOffset.UTC);
          imports.mapUser("dr-ext-77", key + "-2");
          String log =
              "time,user,action\n"
                  + line(m.minusDays(2), key.toUpperCase() + "-1", "chat")
                  + line(m, key.toUpperCase() + "-1", "chat")
                  + line(m, key.toUpperCase() + "-1", "chat")
                  + line(m.plusDays(1), key + "-1", "open")
                  + line(m.plusDays(8), key + "-1", "Chat")
                  + line(m.plusDays(2), key + "-3", "open")
                  + line(m.plusDays(1), key + "-5", "chat")
                  + line(m.plusDays(3), "dr-ext-77", "chat")
                  + line(m.plusDays(9), "dr-ext-77", "chat")
                  + line(m.plusDays(10), "DR-EXT-77", "chat")
                  + line(m.plusDays(1), "stranger", "chat");
          ImportReport report =
              importer.importFile(
                  "log",
                  "log.csv",
                  new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)),
                  ImportChannel.UPLOAD,
                  n -> {});
          if (report.inserted() != 10) {
            throw new IllegalStateException("the history's log was not imported: " + report);
          }
          List<StaffId> people =
              List.of(tenant.staff().get(0), tenant.staff().get(1), three, four, five, six);
          training.record(plan.id(), ward, List.of(people.get(0), four), m.minusDays(3), null);
          training.record(plan.id(), ward, List.of(three), m.plusDays(5), "Peer session");
          training.record(plan.id(), clinic, List.of(people.get(1)), m.plusDays(7), null);
          return new History(tenant, plan, m, people);
        });
  }

  private StaffId person(
      String number, String name, org.uptake.organisation.UnitId unit, ProfessionalGroup group) {
    return staff.create(
        new StaffDetails(number, name, "Test", null, unit, group, ShiftPattern.DAY));
  }

  private static String line(LocalDate day, String user, String action) {
    return day.atTime(9, 30).atOffset(ZoneOffset.UTC) + "," + user + "," + action + "\n";
  }
}
