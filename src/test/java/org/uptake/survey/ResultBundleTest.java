package org.uptake.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.platform.Fhir;

@UptakeTest
class ResultBundleTest {

  @Autowired Fixtures fixtures;
  @Autowired SurveyResultFixtures surveys;
  @Autowired ExportBundle bundles;
  @Autowired Fhir fhir;

  @Test
  void anIdentifiedWavesResponsesAreAValidBundleOfQuestionnaireResponses() {
    Fixtures.Tenant tenant = fixtures.tenant();
    StoredInstrument practices = surveys.practices(tenant);
    UUID wave =
        surveys.wave(tenant, practices, "Competence", false, 10, null, LocalDate.of(2026, 9, 1));
    UUID nurse = tenant.staff().get(0).value();
    surveys.respondAs(
        tenant,
        wave,
        nurse,
        tenant.units().get(0),
        "REGISTERED_NURSE",
        "{\"npt.p01\": {\"value\": 4}, \"npt.p02\": {\"optOut\": \"not-relevant-role\"}}",
        "{\"npt.coherence\": 4}");

    String json = fixtures.as(tenant, Role.RESEARCHER, () -> bundles.bundle(wave));

    Bundle bundle = fhir.parse(json, Bundle.class);
    assertThat(fhir.errors(bundle)).isEmpty();
    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    QuestionnaireResponse response =
        (QuestionnaireResponse) bundle.getEntryFirstRep().getResource();
    assertThat(response.getQuestionnaire())
        .isEqualTo(
            "https://uptake.example.org/fhir/Questionnaire/npt-practices|"
                + practices.instrument().version());
    assertThat(response.getSource().getIdentifier().getValue()).isEqualTo(nurse.toString());
    assertThat(response.getItem())
        .extracting(i -> i.getLinkId())
        .containsExactly("npt.p01", "npt.p02");
    Coding first = (Coding) response.getItem().get(0).getAnswerFirstRep().getValue();
    assertThat(first.getCode()).isEqualTo("4");
    Coding optOut = (Coding) response.getItem().get(1).getAnswerFirstRep().getValue();
    assertThat(optOut.getSystem()).endsWith("/CodeSystem/opt-out");
    assertThat(QuestionnaireImport.answers(practices.instrument(), response).get("npt.p01"))
        .as("read back by Uptake's own import")
        .isEqualTo(new Answer.Numeric(4));
  }

  @Test
  void anAnonymousWaveIsRefusedAndManagersMayNotExportPeoplesAnswers() {
    Fixtures.Tenant tenant = fixtures.tenant();
    StoredInstrument practices = surveys.practices(tenant);
    UUID wave =
        surveys.wave(tenant, practices, "Baseline", true, 10, null, LocalDate.of(2026, 9, 1));

    assertThatThrownBy(() -> fixtures.as(tenant, Role.LEAD, () -> bundles.bundle(wave)))
        .isInstanceOf(ExportRefused.class)
        .extracting(e -> ((ExportRefused) e).key())
        .isEqualTo("results.bundle.anonymous");
    assertThatThrownBy(() -> fixtures.as(tenant, Role.MANAGER, () -> bundles.bundle(wave)))
        .isInstanceOf(AuthorizationDeniedException.class);
  }
}
