package org.uptake.survey;

import static org.uptake.survey.FhirTerms.*;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;

/** An instrument as a FHIR R4 Questionnaire; docs/fhir.md describes the extensions. */
public final class QuestionnaireExport {

  private QuestionnaireExport() {}

  /** The instrument as a Questionnaire, {@code active} if published, else {@code draft}. */
  public static Questionnaire toQuestionnaire(Instrument instrument, boolean published) {
    Questionnaire q = new Questionnaire();
    q.setUrl(QUESTIONNAIRE_BASE + instrument.code());
    q.setVersion(Integer.toString(instrument.version()));
    q.setLanguage(instrument.title().defaultLanguage());
    q.setStatus(published ? PublicationStatus.ACTIVE : PublicationStatus.DRAFT);
    Translations.write(instrument.title(), q.getTitleElement());
    q.addExtension(MIN_SHARE, new DecimalType(instrument.minShare()));
    for (Construct construct : instrument.constructs()) {
      Extension ext = q.addExtension().setUrl(CONSTRUCT);
      ext.addExtension("code", new CodeType(construct.code()));
      ext.addExtension("label", Translations.toFhir(construct.label()));
      ext.addExtension("rule", new CodeType(construct.rule().name().toLowerCase()));
    }
    for (Item item : instrument.items()) {
      q.addItem(item(instrument, item));
    }
    return q;
  }

  private static QuestionnaireItemComponent item(Instrument instrument, Item item) {
    QuestionnaireItemComponent q = new QuestionnaireItemComponent();
    q.setLinkId(item.linkId());
    Translations.write(item.text(), q.getTextElement());
    q.setRequired(item.required());
    q.addExtension(RESPONSE_TYPE, new CodeType(responseTypeCode(item.type())));
    if (item.construct() != null) {
      q.addExtension(ITEM_CONSTRUCT, new CodeType(item.construct()));
    }
    if (item.reverse()) {
      q.addExtension(REVERSE_SCORED, new BooleanType(true));
    }
    switch (item.type()) {
      case AGREEMENT_5 -> {
        q.setType(QuestionnaireItemType.CHOICE);
        for (int point = 1; point <= 5; point++) {
          Coding coding = new Coding().setSystem(AGREEMENT_SYSTEM).setCode(Integer.toString(point));
          Translations.write(AGREEMENT_LABELS.get(point - 1), coding.getDisplayElement());
          q.addAnswerOption().setValue(coding);
        }
        for (OptOut optOut : OptOut.values()) {
          Coding coding = new Coding().setSystem(OPT_OUT_SYSTEM).setCode(optOut.code());
          Translations.write(OPT_OUT_LABELS.get(optOut), coding.getDisplayElement());
          QuestionnaireItemAnswerOptionComponent option = q.addAnswerOption().setValue(coding);
          option.addExtension(OPT_OUT, new BooleanType(true));
        }
      }
      case SCALE_0_10 -> {
        q.setType(QuestionnaireItemType.INTEGER);
        q.addExtension(MIN_VALUE, new IntegerType(0));
        q.addExtension(MAX_VALUE, new IntegerType(10));
        if (item.low() != null) {
          q.addExtension(LOW_LABEL, Translations.toFhir(item.low()));
        }
        if (item.high() != null) {
          q.addExtension(HIGH_LABEL, Translations.toFhir(item.high()));
        }
      }
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
        q.setType(QuestionnaireItemType.CHOICE);
        q.setRepeats(item.type() == ResponseType.MULTIPLE_CHOICE);
        for (AnswerOption option : item.options()) {
          Coding coding = new Coding().setSystem(ANSWER_SYSTEM).setCode(option.code());
          Translations.write(option.label(), coding.getDisplayElement());
          q.addAnswerOption().setValue(coding);
        }
      }
      case FREE_TEXT -> q.setType(QuestionnaireItemType.TEXT);
    }
    Condition condition = item.condition();
    if (condition != null) {
      Item target = instrument.item(condition.linkId()).orElseThrow();
      QuestionnaireItemEnableWhenComponent when = q.addEnableWhen();
      when.setQuestion(condition.linkId()).setOperator(QuestionnaireItemOperator.EQUAL);
      switch (target.type()) {
        case SCALE_0_10 -> when.setAnswer(new IntegerType(Integer.parseInt(condition.value())));
        case AGREEMENT_5 ->
            when.setAnswer(
                new Coding()
                    .setSystem(
                        OptOut.ofCode(condition.value()).isPresent()
                            ? OPT_OUT_SYSTEM
                            : AGREEMENT_SYSTEM)
                    .setCode(condition.value()));
        case SINGLE_CHOICE, MULTIPLE_CHOICE ->
            when.setAnswer(new Coding().setSystem(ANSWER_SYSTEM).setCode(condition.value()));
        case FREE_TEXT -> when.setAnswer(new StringType(condition.value()));
      }
    }
    return q;
  }

  static String responseTypeCode(ResponseType type) {
    return type.name().toLowerCase().replace('_', '-');
  }
}
