package org.uptake.survey;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uptake.access.SystemWork;

/**
 * Every 5 seconds, the answers sent since the last fold are added to their waves' results caches. A
 * reader then adds at most a few seconds of answers, so results of a wave of 100,000 stay fast even
 * when nobody read them while the answers came in (the first read would otherwise fold in all of
 * them).
 */
@Component
class SurveyResultJob {

  private final SystemWork systemWork;
  private final Results results;

  SurveyResultJob(SystemWork systemWork, Results results) {
    this.systemWork = systemWork;
    this.results = results;
  }

  @Scheduled(cron = "${uptake.jobs.survey-results:*/5 * * * * *}")
  void run() {
    systemWork.forEachOrganisation(organisation -> results.foldQueued());
  }
}
