package org.uptake.implementation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.uptake.access.AccountId;
import org.uptake.organisation.UnitId;

/** Who is concerned by a change to the plan. The person who made the change is never among them. */
final class Recipients {

  private Recipients() {}

  /**
   * A unit's phase dates changed: the person answering for the unit, and everyone named in an
   * activity about that unit (for that phase or all of its phases) or about that phase across all
   * units.
   */
  static Set<AccountId> ofPhaseChange(
      UnitId unit,
      @Nullable AccountId owner,
      Set<PhaseName> changed,
      List<Activity> activities,
      @Nullable AccountId actor) {
    Set<AccountId> concerned = new LinkedHashSet<>();
    if (owner != null) {
      concerned.add(owner);
    }
    for (Activity activity : activities) {
      if (changed.stream().anyMatch(phase -> activity.concerns(unit, phase))) {
        concerned.addAll(activity.assignment().everyone());
      }
    }
    if (actor != null) {
      concerned.remove(actor);
    }
    return concerned;
  }

  /**
   * An activity's responsibilities changed: everyone now named, with their parts, and everyone no
   * longer named, with no parts.
   */
  static Map<AccountId, List<RaciRole>> ofResponsibilityChange(
      @Nullable RaciAssignment before, RaciAssignment after, @Nullable AccountId actor) {
    Map<AccountId, List<RaciRole>> concerned = new LinkedHashMap<>();
    for (AccountId person : after.everyone()) {
      concerned.put(person, after.rolesOf(person));
    }
    if (before != null) {
      for (AccountId person : before.everyone()) {
        concerned.putIfAbsent(person, List.of());
      }
    }
    if (actor != null) {
      concerned.remove(actor);
    }
    return concerned;
  }
}
