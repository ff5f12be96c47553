package org.uptake.demo;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uptake.platform.OrganisationId;
import org.uptake.survey.Instruments;

/**
 * The demo organisation's survey instruments: the three Uptake ships (the 14-practice check, the
 * seven-factor readiness check and the competence self-assessment), published and ready for waves.
 */
@Component
@Order(4)
class SurveyDemo implements DemoContribution {

  private final Instruments instruments;

  SurveyDemo(Instruments instruments) {
    this.instruments = instruments;
  }

  @Override
  public void load(OrganisationId organisation, DemoPeople people) {
    for (String name : Instruments.LIBRARY) {
      instruments.addFromLibrary(name);
    }
  }
}
