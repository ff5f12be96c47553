package org.uptake.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.uptake.platform.Fhir;

/** Export, validate with the HAPI FHIR validator, import, compare. */
class QuestionnaireRoundTripTest {

  static final Fhir FHIR = new Fhir();

  private static Instrument roundTrip(Instrument instrument) {
    Questionnaire exported = QuestionnaireExport.toQuestionnaire(instrument, true);
    assertThat(FHIR.errors(exported)).isEmpty();
    String json = FHIR.toJson(exported);
    return QuestionnaireImport.fromQuestionnaire(FHIR.parse(json, Questionnaire.class));
  }

  @Test
  void everyResponseTypeConditionTranslationAndScoringRuleSurvivesTheRoundTrip() {
    Instrument sample = SampleInstruments.everything();
    assertThat(roundTrip(sample)).isEqualTo(sample);
  }

  @Test
  void theSusConstructSurvivesTheRoundTrip() {
    Instrument sus = SampleInstruments.sus();
    assertThat(roundTrip(sus)).isEqualTo(sus);
  }

  @Test
  void theExportCarriesTranslationsOnTextAndCodingsForAnswers() {
    String json =
        FHIR.toJson(QuestionnaireExport.toQuestionnaire(SampleInstruments.everything(), false));
    assertThat(json)
        .contains("\"status\": \"draft\"")
        .contains("\"_text\"")
        .contains("http://hl7.org/fhir/StructureDefinition/translation")
        .contains("\"content\"")
        .contains("Ymmärrän, miksi palvelua käytetään")
        .contains("\"answerOption\"")
        .contains("https://uptake.example.org/fhir/StructureDefinition/item-construct")
        .contains("\"enableWhen\"");
  }

  @Test
  void aQuestionnaireResponseIsReadAsAnswersAndScored() {
    Instrument sample = SampleInstruments.everything();
    String response =
        """
        {"resourceType": "QuestionnaireResponse", "status": "completed",
         "item": [
           {"linkId": "q1", "answer": [{"valueCoding": {"code": "5"}}]},
           {"linkId": "q2", "answer": [{"valueCoding": {"code": "not-relevant-role"}}]},
           {"linkId": "q3", "answer": [{"valueCoding": {"code": "3"}}]},
           {"linkId": "q4", "answer": [{"valueInteger": 6}]},
           {"linkId": "q5", "answer": [{"valueCoding": {"code": "yes"}}]},
           {"linkId": "q6", "answer": [{"valueCoding": {"code": "online"}}, {"valueCoding": {"code": "peer"}}]},
           {"linkId": "q7", "answer": [{"valueString": "More time, please"}]}
         ]}
        """;
    Map<String, Answer> answers =
        QuestionnaireImport.answers(sample, FHIR.parse(response, QuestionnaireResponse.class));
    assertThat(answers.get("q2")).isEqualTo(new Answer.OptedOut(OptOut.NOT_RELEVANT_TO_ROLE));
    assertThat(answers.get("q6")).isEqualTo(new Answer.Choices(java.util.Set.of("online", "peer")));
    assertThat(Scoring.score(sample, answers))
        .containsEntry("sense", 4.0)
        .containsEntry("effort", 6.0);
  }
}
