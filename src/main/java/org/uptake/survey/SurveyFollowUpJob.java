package org.uptake.survey;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uptake.access.SystemWork;

/**
 * Every morning, each closed wave with follow-up thresholds gives its units' managers their tasks;
 * a wave closed yesterday is followed up today without anyone pressing "check now". Units that had
 * their task get no second one.
 */
@Component
class SurveyFollowUpJob {

  private final SystemWork systemWork;
  private final FollowUpRules rules;

  SurveyFollowUpJob(SystemWork systemWork, FollowUpRules rules) {
    this.systemWork = systemWork;
    this.rules = rules;
  }

  @Scheduled(cron = "${uptake.jobs.survey-follow-up:0 45 6 * * *}", zone = "Europe/Helsinki")
  void run() {
    systemWork.forEachOrganisation(organisation -> rules.checkClosed());
  }
}
