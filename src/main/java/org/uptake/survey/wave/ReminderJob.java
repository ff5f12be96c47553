package org.uptake.survey.wave;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uptake.access.SystemWork;

/**
 * Every morning, in every organisation: closes the waves whose closing day has passed, then sends
 * the reminders that are due, so no reminder goes out for a closed wave.
 */
@Component
class ReminderJob {

  private final SystemWork systemWork;
  private final Waves waves;
  private final Reminders reminders;

  ReminderJob(SystemWork systemWork, Waves waves, Reminders reminders) {
    this.systemWork = systemWork;
    this.waves = waves;
    this.reminders = reminders;
  }

  @Scheduled(cron = "${uptake.jobs.survey-reminders:0 0 7 * * *}", zone = "Europe/Helsinki")
  void run() {
    systemWork.forEachOrganisation(organisation -> runForCurrent());
  }

  /** Closes and reminds in the current organisation; returns the reminders queued. */
  int runForCurrent() {
    waves.closeExpired();
    return reminders.sendDue();
  }
}
