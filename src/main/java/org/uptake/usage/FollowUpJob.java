package org.uptake.usage;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uptake.access.SystemWork;
import org.uptake.implementation.ImplementationSummary;
import org.uptake.implementation.Implementations;

/**
 * Every morning, after the night's imports, the follow-up check of every implementation of every
 * organisation. Each episode is opened once, so the inboxes do not fill up night after night.
 */
@Component
class FollowUpJob {

  private final SystemWork systemWork;
  private final Implementations implementations;
  private final FollowUpCheck check;
  private final Clock clock;

  FollowUpJob(
      SystemWork systemWork, Implementations implementations, FollowUpCheck check, Clock clock) {
    this.systemWork = systemWork;
    this.implementations = implementations;
    this.check = check;
    this.clock = clock;
  }

  @Scheduled(cron = "${uptake.jobs.follow-ups:0 15 6 * * *}", zone = "Europe/Helsinki")
  void run() {
    LocalDate today = LocalDate.now(clock);
    systemWork.forEachOrganisation(organisation -> checkAll(today));
  }

  /** Checks every implementation of the current organisation (as system work). */
  FollowUpRun checkAll(LocalDate today) {
    FollowUpRun total = new FollowUpRun(0, 0);
    for (ImplementationSummary implementation : implementations.list()) {
      total = total.plus(check.check(implementation.id(), today));
    }
    return total;
  }
}
