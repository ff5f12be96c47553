package org.uptake.survey;

import java.util.List;
import java.util.Map;

/** The addresses of the extensions and code systems Uptake defines; docs/fhir.md describes them. */
final class FhirTerms {

  static final String BASE = "https://uptake.example.org/fhir/";
  static final String QUESTIONNAIRE_BASE = BASE + "Questionnaire/";
  static final String STRUCTURE = BASE + "StructureDefinition/";
  static final String CONSTRUCT = STRUCTURE + "instrument-construct";
  static final String MIN_SHARE = STRUCTURE + "instrument-min-answered-share";
  static final String RESPONSE_TYPE = STRUCTURE + "item-response-type";
  static final String ITEM_CONSTRUCT = STRUCTURE + "item-construct";
  static final String REVERSE_SCORED = STRUCTURE + "item-reverse-scored";
  static final String LOW_LABEL = STRUCTURE + "item-scale-low-label";
  static final String HIGH_LABEL = STRUCTURE + "item-scale-high-label";
  static final String OPT_OUT = STRUCTURE + "answer-opt-out";
  static final String AGREEMENT_SYSTEM = BASE + "CodeSystem/agreement-5";
  static final String OPT_OUT_SYSTEM = BASE + "CodeSystem/opt-out";
  static final String ANSWER_SYSTEM = BASE + "CodeSystem/answer";
  static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
  static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

  /** Our wording of the five agreement points, 1 to 5. */
  static final List<Texts> AGREEMENT_LABELS =
      List.of(
          Texts.of("Strongly disagree", "Täysin eri mieltä", "Helt oenig", "Helt uenig"),
          Texts.of("Disagree", "Jokseenkin eri mieltä", "Delvis oenig", "Delvis uenig"),
          Texts.of(
              "Neither agree nor disagree",
              "Ei samaa eikä eri mieltä",
              "Varken enig eller oenig",
              "Verken enig eller uenig"),
          Texts.of("Agree", "Jokseenkin samaa mieltä", "Delvis enig", "Delvis enig"),
          Texts.of("Strongly agree", "Täysin samaa mieltä", "Helt enig", "Helt enig"));

  static final Map<OptOut, Texts> OPT_OUT_LABELS =
      Map.of(
          OptOut.NOT_RELEVANT_TO_ROLE,
          Texts.of(
              "Not relevant to my role",
              "Ei koske tehtävääni",
              "Inte relevant för min roll",
              "Ikke relevant for min rolle"),
          OptOut.NOT_RELEVANT_AT_THIS_STAGE,
          Texts.of(
              "Not relevant at this stage",
              "Ei ajankohtainen tässä vaiheessa",
              "Inte aktuellt i det här skedet",
              "Ikke aktuelt på dette stadiet"),
          OptOut.NOT_RELEVANT_TO_SERVICE,
          Texts.of(
              "Not relevant to this service",
              "Ei koske tätä palvelua",
              "Inte relevant för den här tjänsten",
              "Ikke relevant for denne tjenesten"));

  private FhirTerms() {}
}
