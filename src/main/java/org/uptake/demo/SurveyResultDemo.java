package org.uptake.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.platform.OrganisationId;
import org.uptake.survey.Construct;
import org.uptake.survey.FollowUpRules;
import org.uptake.survey.Instruments;
import org.uptake.survey.ResultWave;
import org.uptake.survey.Results;

/**
 * Follow-up thresholds on the demo's baseline waves: a unit whose mean on a construct is below 3.0
 * (the middle of the agreement scale) gives its managers a task when the wave closes. Waves come
 * from the wave demo; without them there is nothing to do.
 */
@Component
@Order(7)
class SurveyResultDemo implements DemoContribution {

  /** The middle of the five-point agreement scale: below it, more disagree than agree. */
  private static final double THRESHOLD = 3.0;

  private final Results results;
  private final Instruments instruments;
  private final FollowUpRules followUps;

  SurveyResultDemo(Results results, Instruments instruments, FollowUpRules followUps) {
    this.results = results;
    this.instruments = instruments;
    this.followUps = followUps;
  }

  @Override
  public void load(OrganisationId organisation, DemoPeople people) {
    for (ResultWave wave : results.waves()) {
      if (!wave.name().startsWith("Baseline")) {
        continue;
      }
      Map<String, @Nullable Double> thresholds = new LinkedHashMap<>();
      for (Construct construct : instruments.get(wave.instrument()).instrument().constructs()) {
        if (construct.rule() == org.uptake.survey.ScoringRule.MEAN) {
          thresholds.put(construct.code(), THRESHOLD);
        }
      }
      if (!thresholds.isEmpty()) {
        followUps.setThresholds(wave.id(), thresholds);
      }
    }
  }
}
