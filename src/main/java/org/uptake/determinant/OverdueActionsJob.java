package org.uptake.determinant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uptake.access.SystemWork;
import org.uptake.implementation.ImplementationSummary;
import org.uptake.implementation.Implementations;

/**
 * Every morning, each action that has fallen overdue gives its lead one task, also in rollouts
 * whose plan nobody opens (opening the plan does the same check at once).
 */
@Component
class OverdueActionsJob {

  private final SystemWork systemWork;
  private final Implementations implementations;
  private final Actions actions;

  OverdueActionsJob(SystemWork systemWork, Implementations implementations, Actions actions) {
    this.systemWork = systemWork;
    this.implementations = implementations;
    this.actions = actions;
  }

  @Scheduled(cron = "${uptake.jobs.overdue-actions:0 30 6 * * *}", zone = "Europe/Helsinki")
  void run() {
    systemWork.forEachOrganisation(organisation -> flagAll());
  }

  /** Flags the current organisation's overdue actions; returns how many tasks were given. */
  int flagAll() {
    int flagged = 0;
    for (ImplementationSummary implementation : implementations.list()) {
      flagged += actions.flagOverdue(implementation.id());
    }
    return flagged;
  }
}
