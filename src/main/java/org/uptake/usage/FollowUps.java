package org.uptake.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.access.SystemWork;
import org.uptake.champion.Champions;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.UnitPlan;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.UnitManagers;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;
import org.uptake.task.Tasks;

/**
 * Who needs a visit: follow-ups of people who never started or who stopped using the service, per
 * implementation. A follow-up names a person, so it is read and answered only by the tech champions
 * and the managers of that person's unit; to everyone else it does not exist (404). Admins and
 * leads set N, run the check at once, and read the counts of outcomes, which name no one.
 */
@Service
public class FollowUps {

  /** May open the page and read counts; the list holds only the caller's own units. */
  public static final String READERS = "hasAnyRole('ADMIN','LEAD','MANAGER','CHAMPION')";

  /** Set N and run the check. */
  public static final String PLANNERS = "hasAnyRole('ADMIN','LEAD')";

  /** Record outcomes, in the units they champion or manage. */
  public static final String VISITORS = "hasAnyRole('MANAGER','CHAMPION')";

  private final FollowUpRepository repository;
  private final FollowUpCheck check;
  private final Implementations implementations;
  private final Champions champions;
  private final UnitManagers managers;
  private final Tasks tasks;
  private final SystemWork systemWork;
  private final AuditTrail audit;
  private final Clock clock;

  FollowUps(
      FollowUpRepository repository,
      FollowUpCheck check,
      Implementations implementations,
      Champions champions,
      UnitManagers managers,
      Tasks tasks,
      SystemWork systemWork,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.check = check;
    this.implementations = implementations;
    this.champions = champions;
    this.managers = managers;
    this.tasks = tasks;
    this.systemWork = systemWork;
    this.audit = audit;
    this.clock = clock;
  }

  /** N of the implementation (14 days each unless set). */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public FollowUpSettings settings(ImplementationId implementation) {
    implementations.requireExists(implementation);
    return repository.settings(implementation).orElseGet(FollowUpSettings::defaults);
  }

  @PreAuthorize(PLANNERS)
  @Transactional
  public void saveSettings(ImplementationId implementation, FollowUpSettings settings) {
    implementations.requireExists(implementation);
    repository.saveSettings(implementation, settings, actor());
    audit.changed(
        "UPDATE",
        "follow_up_setting",
        implementation,
        "never-started " + settings.neverStartedDays() + ", stopped " + settings.stoppedDays());
  }

  /** The units whose follow-ups the signed-in person sees: those they champion or manage. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public Set<UnitId> myUnits() {
    AccountId me = CurrentUser.require().accountId();
    Set<UnitId> units = new HashSet<>(champions.unitsOf(me));
    units.addAll(managers.unitsOf(me));
    return units;
  }

  /**
   * The follow-ups of the caller's units, open ones first; the read is audited. Uptake's own work
   * (demo data) reads those of every unit.
   */
  @PreAuthorize(READERS + " or @systemWork.active()")
  @Transactional(readOnly = true)
  public List<FollowUp> list(ImplementationId implementation, FollowUpFilter filter) {
    implementations.requireExists(implementation);
    if (systemWork.active()) {
      return repository.list(implementation, null).stream().filter(filter::accepts).toList();
    }
    Set<UnitId> mine = myUnits();
    if (mine.isEmpty()) {
      return List.of();
    }
    List<FollowUp> list =
        repository.list(implementation, mine).stream().filter(filter::accepts).toList();
    audit.read("follow_up", implementation, "list of " + list.size());
    return list;
  }

  /**
   * Outcomes counted per unit and kind: every unit for admins and leads, the caller's own units for
   * champions and managers.
   */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<FollowUpCount> counts(ImplementationId implementation) {
    Map<UnitId, String> names = new HashMap<>();
    for (UnitPlan unit : implementations.get(implementation).units()) {
      names.put(unit.unit(), unit.unitName());
    }
    boolean planner = CurrentUser.require().hasAny(Role.ADMIN, Role.LEAD);
    return repository.counts(implementation, planner ? null : myUnits(), names);
  }

  /**
   * One follow-up of the caller's units.
   *
   * @throws NotFoundException if there is none, or it belongs to a unit the caller does not
   *     champion or manage
   */
  @PreAuthorize(VISITORS)
  @Transactional(readOnly = true)
  public FollowUp get(FollowUpId id) {
    FollowUp followUp = visible(id);
    audit.read("follow_up", id, null);
    return followUp;
  }

  /**
   * Records what the visit found (again, to correct it); an open follow-up becomes done, and the
   * caller's own inbox task for it is marked done.
   *
   * @throws NotFoundException as {@link #get}
   */
  @PreAuthorize(VISITORS + " or @systemWork.active()")
  @Transactional
  public FollowUp recordOutcome(FollowUpId id, FollowUpOutcome outcome, @Nullable String note) {
    visible(id);
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > 2000) {
      throw new IllegalArgumentException("a note is at most 2000 characters");
    }
    repository.recordOutcome(id, outcome, text, actor());
    audit.changed("UPDATE", "follow_up", id, "outcome " + outcome);
    if (systemWork.active()) {
      return repository.get(id).orElseThrow();
    }
    for (UUID task : repository.tasks(id, CurrentUser.require().accountId().value())) {
      try {
        tasks.setDone(task, true);
      } catch (NotFoundException gone) {
        // the task was removed from the inbox; the outcome stands
      }
    }
    return repository.get(id).orElseThrow();
  }

  /** Runs the check for the implementation now, as the nightly job would. */
  @PreAuthorize(PLANNERS + " or @systemWork.active()")
  @Transactional
  public FollowUpRun checkNow(ImplementationId implementation) {
    implementations.requireExists(implementation);
    LocalDate today = LocalDate.now(clock);
    FollowUpRun run =
        systemWork.run(TenantContext.require(), () -> check.check(implementation, today));
    audit.changed(
        "CHECK",
        "follow_up",
        implementation,
        "opened " + run.opened() + ", resolved by use " + run.resolvedByUse());
    return run;
  }

  private FollowUp visible(FollowUpId id) {
    FollowUp followUp = repository.get(id).orElseThrow(() -> new NotFoundException("follow-up"));
    if (!systemWork.active() && !myUnits().contains(followUp.unit())) {
      throw new NotFoundException("follow-up");
    }
    return followUp;
  }

  private static @Nullable UUID actor() {
    return CurrentUser.accountId().map(AccountId::value).orElse(null);
  }
}
