package org.uptake.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.access.Role;
import org.uptake.champion.Champions;
import org.uptake.champion.NewChampionAssignment;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.UnitManagers;
import org.uptake.platform.OrganisationId;

/**
 * Who answers for which unit: the demo manager runs the first two units, the demo champion covers
 * three with defined roles and protected hours, and the last units have no champion yet, which the
 * champions page points out.
 */
@Component
@Order(0)
class UnitPeopleDemo implements DemoContribution {

  private final UnitManagers managers;
  private final Champions champions;
  private final Clock clock;

  UnitPeopleDemo(UnitManagers managers, Champions champions, Clock clock) {
    this.managers = managers;
    this.champions = champions;
    this.clock = clock;
  }

  @Override
  public void load(OrganisationId organisation, DemoPeople people) {
    List<UnitId> units = people.units();
    var manager = people.account(Role.MANAGER);
    var champion = people.account(Role.CHAMPION);
    LocalDate today = LocalDate.now(clock);
    for (UnitId unit : units.subList(0, Math.min(2, units.size()))) {
      managers.set(unit, Set.of(manager));
    }
    champions.assign(
        new NewChampionAssignment(
            units.getFirst(),
            champion,
            Set.of("champion.motivator", "champion.peer-supporter", "champion.problem-solver"),
            new BigDecimal("4"),
            today.minusMonths(5)));
    if (units.size() > 1) {
      champions.assign(
          new NewChampionAssignment(
              units.get(1),
              champion,
              Set.of("champion.peer-supporter", "champion.bridge-builder"),
              new BigDecimal("2"),
              today.minusMonths(4)));
    }
    if (units.size() > 2) {
      champions.assign(
          new NewChampionAssignment(units.get(2), champion, Set.of(), null, today.minusMonths(2)));
    }
  }
}
