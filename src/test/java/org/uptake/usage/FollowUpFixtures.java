package org.uptake.usage;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.uptake.Fixtures;
import org.uptake.access.AccountId;
import org.uptake.access.Accounts;
import org.uptake.access.NewAccount;
import org.uptake.access.Role;
import org.uptake.access.SystemWork;
import org.uptake.champion.Champions;
import org.uptake.champion.NewChampionAssignment;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlans;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffDetails;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitId;

/**
 * Object mother of follow-ups: a {@link Fixtures} tenant's rollout whose second unit (the clinic)
 * went live some days ago, with a usage source, and helpers to add staff, usage and champions and
 * to run the check on a given day.
 */
@Component
@Profile("test")
public class FollowUpFixtures {

  public static final String SOURCE = "follow-up-log";

  /** The rollout, the live unit, and its go-live day. */
  public record Live(
      Fixtures.Tenant tenant,
      ImplementationFixtures.Plan plan,
      UnitId unit,
      LocalDate goLive,
      UsageSourceId source) {}

  private final ObjectProvider<Fixtures> fixtures;
  private final ImplementationFixtures plans;
  private final UnitPlans unitPlans;
  private final UsageSources sources;
  private final UsageImporter importer;
  private final Staff staff;
  private final Accounts accounts;
  private final Champions champions;
  private final SystemWork systemWork;
  private final FollowUpCheck check;
  private final java.time.Clock clock;

  FollowUpFixtures(
      ObjectProvider<Fixtures> fixtures,
      ImplementationFixtures plans,
      UnitPlans unitPlans,
      UsageSources sources,
      UsageImporter importer,
      Staff staff,
      Accounts accounts,
      Champions champions,
      SystemWork systemWork,
      FollowUpCheck check,
      java.time.Clock clock) {
    this.clock = clock;
    this.fixtures = fixtures;
    this.plans = plans;
    this.unitPlans = unitPlans;
    this.sources = sources;
    this.importer = importer;
    this.staff = staff;
    this.accounts = accounts;
    this.champions = champions;
    this.systemWork = systemWork;
    this.check = check;
  }

  /** A new tenant whose clinic went live {@code daysAgo} days ago, with a usage source (UTC). */
  public Live live(int daysAgo) {
    Fixtures f = fixtures.getObject();
    Fixtures.Tenant tenant = f.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    LocalDate goLive = LocalDate.now(clock).minusDays(daysAgo);
    f.as(
        tenant,
        Role.LEAD,
        () -> unitPlans.startPhase(plan.id(), plan.otherUnit(), PhaseName.GO_LIVE, goLive));
    UsageSourceId source =
        f.as(
            tenant,
            Role.ADMIN,
            () ->
                sources.create(
                    plan.id(), SOURCE, UsageFormat.NDJSON, null, ZoneId.of("Europe/Helsinki")));
    return new Live(tenant, plan, plan.otherUnit(), goLive, source);
  }

  /** Adds a member of staff to the live unit; returns their id (employee number {@code number}). */
  public StaffId person(Live live, String number, String first, String last) {
    return fixtures
        .getObject()
        .as(
            live.tenant(),
            Role.ADMIN,
            () ->
                staff.create(
                    new StaffDetails(
                        number,
                        first,
                        last,
                        null,
                        live.unit(),
                        ProfessionalGroup.REGISTERED_NURSE,
                        null)));
  }

  /** Imports one use at noon (Helsinki) of each day by the log user id. */
  public void used(Live live, String userId, Collection<LocalDate> days) {
    StringBuilder lines = new StringBuilder();
    for (LocalDate day : days) {
      lines
          .append("{\"time\":\"")
          .append(day.atTime(12, 0).atZone(ZoneId.of("Europe/Helsinki")).toOffsetDateTime())
          .append("\",\"user\":\"")
          .append(userId)
          .append("\",\"action\":\"open-inbox\",\"id\":\"")
          .append(UUID.randomUUID())
          .append("\"}\n");
    }
    fixtures
        .getObject()
        .as(
            live.tenant(),
            Role.ADMIN,
            () ->
                importer.importFile(
                    SOURCE,
                    "uses.ndjson",
                    new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)),
                    ImportChannel.API,
                    n -> {}));
  }

  /** Names the tenant's champion account the live unit's champion. */
  public void champion(Live live) {
    champion(live, live.tenant().accounts().get(Role.CHAMPION), live.unit());
  }

  public void champion(Live live, AccountId account, UnitId unit) {
    fixtures
        .getObject()
        .as(
            live.tenant(),
            Role.LEAD,
            () ->
                champions.assign(
                    new NewChampionAssignment(
                        unit, account, Set.of("champion.peer-supporter"), null, live.goLive())));
  }

  /** A further account of the tenant with one role; its username is {@code tenant key.name}. */
  public AccountId account(Live live, String name, Role role) {
    return fixtures
        .getObject()
        .as(
            live.tenant(),
            Role.ADMIN,
            () ->
                accounts.create(
                    new NewAccount(
                        live.tenant().key() + "." + name,
                        "Test " + name,
                        null,
                        Fixtures.PASSWORD,
                        EnumSet.of(role),
                        null)));
  }

  /** Runs the check of the rollout as the nightly job would on {@code day}. */
  public FollowUpRun check(Live live, LocalDate day) {
    return systemWork.run(live.tenant().id(), () -> check.check(live.plan().id(), day));
  }
}
