package org.uptake.usage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlan;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffMember;
import org.uptake.organisation.UnitId;

/**
 * The follow-up check of one implementation on one day: everyone active in a unit that has gone
 * live is assessed from the daily rollups (their employee number, ignoring case, and the ids mapped
 * to them), new episodes get a follow-up and inbox tasks, and open follow-ups of people who used
 * the service again are resolved. Running it twice on a day changes nothing the second time.
 * Uptake's own work: the nightly job, or a lead's "check now".
 */
@Component
class FollowUpCheck {

  private final Implementations implementations;
  private final Staff staff;
  private final FollowUpRepository repository;
  private final FollowUpTasks tasks;

  FollowUpCheck(
      Implementations implementations,
      Staff staff,
      FollowUpRepository repository,
      FollowUpTasks tasks) {
    this.implementations = implementations;
    this.staff = staff;
    this.repository = repository;
    this.tasks = tasks;
  }

  @PreAuthorize("@systemWork.active()")
  @Transactional
  public FollowUpRun check(ImplementationId id, LocalDate today) {
    Implementation implementation = implementations.get(id);
    Map<UnitId, LocalDate> live = new HashMap<>();
    for (UnitPlan unit : implementation.units()) {
      LocalDate goLive = unit.phase(PhaseName.GO_LIVE).actualStart();
      if (goLive != null && !goLive.isAfter(today)) {
        live.put(unit.unit(), goLive);
      }
    }
    Map<Lapse, FollowUpId> open = repository.open(id);
    if (live.isEmpty() && open.isEmpty()) {
      return new FollowUpRun(0, 0);
    }
    Map<UUID, List<String>> mapped = repository.mappedIds();
    Map<String, LocalDate> lastUse = repository.lastUse(id, today);
    List<PersonUsage> people = new ArrayList<>();
    Map<String, StaffMember> members = new HashMap<>();
    for (StaffMember member : staff.listForImport()) {
      LocalDate goLive = live.get(member.unitId());
      if (!member.active() || goLive == null) {
        continue;
      }
      List<String> ids = new ArrayList<>(mapped.getOrDefault(member.id().value(), List.of()));
      ids.add(member.employeeNumber().toLowerCase(Locale.ROOT));
      LocalDate last = null;
      for (String logId : ids) {
        LocalDate day = lastUse.get(logId);
        if (day != null && (last == null || day.isAfter(last))) {
          last = day;
        }
      }
      String key = member.id().value().toString();
      people.add(new PersonUsage(key, goLive, last));
      members.put(key, member);
    }
    FollowUpPlan plan =
        FollowUpPlan.of(rule(id), people, today, repository.known(id), open.keySet());
    int resolved = 0;
    for (Lapse lapse : plan.endedByUse()) {
      if (repository.resolveByUse(open.get(lapse), today)) {
        tasks.complete(implementation, open.get(lapse), repository);
        resolved++;
      }
    }
    int opened = 0;
    Map<UnitId, FollowUpTasks.Recipients> recipients = new HashMap<>();
    for (Lapse lapse : plan.toOpen()) {
      StaffMember member = members.get(lapse.userId());
      FollowUpTasks.Recipients to = recipients.computeIfAbsent(member.unitId(), tasks::recipients);
      var followUp =
          repository.insert(id, member.unitId(), lapse, member.fullName(), today, to.route());
      if (followUp.isPresent()) {
        tasks.assign(
            implementation, followUp.get(), lapse, member.fullName(), today, to, repository);
        opened++;
      }
    }
    return new FollowUpRun(opened, resolved);
  }

  private LapseRule rule(ImplementationId id) {
    return repository.settings(id).orElseGet(FollowUpSettings::defaults).rule();
  }
}
