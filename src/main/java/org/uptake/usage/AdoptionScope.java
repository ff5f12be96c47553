package org.uptake.usage;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.access.UptakeUser;
import org.uptake.champion.Champions;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.UnitManagers;

/**
 * Which units' usage and training the signed-in person may see or record. Admins, leads (and, for
 * reading, researchers) see every unit; a manager the units they manage; a champion the units they
 * are champion of now.
 */
@Component
class AdoptionScope {

  private final UnitManagers managers;
  private final Champions champions;

  AdoptionScope(UnitManagers managers, Champions champions) {
    this.managers = managers;
    this.champions = champions;
  }

  /** The units the reader may see, or empty for every unit. */
  Optional<Set<UnitId>> readable() {
    return limited(Role.ADMIN, Role.LEAD, Role.RESEARCHER);
  }

  /** The units where the person may record training, or empty for every unit. */
  Optional<Set<UnitId>> recordable() {
    return limited(Role.ADMIN, Role.LEAD);
  }

  private Optional<Set<UnitId>> limited(Role... everywhere) {
    Optional<UptakeUser> found = CurrentUser.find();
    if (found.isEmpty()) {
      return Optional.empty(); // Uptake's own work (demo data, jobs)
    }
    UptakeUser user = found.get();
    if (user.hasAny(everywhere)) {
      return Optional.empty();
    }
    Set<UnitId> units = new HashSet<>();
    if (user.has(Role.MANAGER)) {
      units.addAll(managers.unitsOf(user.accountId()));
    }
    if (user.has(Role.CHAMPION)) {
      units.addAll(champions.unitsOf(user.accountId()));
    }
    return Optional.of(units);
  }
}
