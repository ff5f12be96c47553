package org.uptake.survey;

import static org.uptake.survey.FhirTerms.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * A FHIR R4 Questionnaire read as an instrument, and a QuestionnaireResponse read as answers.
 * Groups are flattened; display items are left out. Without Uptake's extensions a choice item is a
 * single or multiple choice, an integer item a 0–10 scale, a string or text item free text.
 */
public final class QuestionnaireImport {

  private QuestionnaireImport() {}

  /**
   * The instrument the Questionnaire describes, as version 1 unless the Questionnaire says a whole
   * number.
   *
   * @throws InstrumentProblem for anything Uptake cannot take, such as an item without linkId, a
   *     linkId used twice or an item type it does not know
   */
  public static Instrument fromQuestionnaire(Questionnaire q) {
    String language = language(q.getLanguage());
    Texts title = Translations.fromFhir(q.getTitleElement(), language);
    if (title == null) {
      title = Translations.fromFhir(q.getNameElement(), language);
    }
    if (title == null) {
      throw new InstrumentProblem("survey.problem.title-missing", "The Questionnaire has no title");
    }
    double minShare = Instrument.DEFAULT_MIN_SHARE;
    Extension share = q.getExtensionByUrl(MIN_SHARE);
    if (share != null && share.getValue() != null) {
      minShare = Double.parseDouble(share.getValue().primitiveValue());
    }
    List<Construct> constructs = new ArrayList<>();
    for (Extension ext : q.getExtensionsByUrl(CONSTRUCT)) {
      constructs.add(construct(ext, language));
    }
    List<QuestionnaireItemComponent> flat = new ArrayList<>();
    flatten(q.getItem(), flat);
    Map<String, ResponseType> types = new HashMap<>();
    List<Item> items = new ArrayList<>();
    for (QuestionnaireItemComponent component : flat) {
      Item item = item(component, language, types);
      types.put(item.linkId(), item.type());
      items.add(item);
    }
    return new Instrument(code(q), version(q), title, minShare, constructs, items);
  }

  /**
   * The answers of a response, by linkId; a question answered with nothing is left out.
   *
   * @throws InstrumentProblem for an answer of a kind the item cannot take
   */
  public static Map<String, Answer> answers(Instrument instrument, QuestionnaireResponse response) {
    List<QuestionnaireResponseItemComponent> flat = new ArrayList<>();
    flattenResponse(response.getItem(), flat);
    Map<String, Answer> answers = new HashMap<>();
    for (QuestionnaireResponseItemComponent component : flat) {
      String linkId = component.getLinkId();
      if (linkId == null || component.getAnswer().isEmpty()) {
        continue;
      }
      Item item =
          instrument
              .item(linkId)
              .orElseThrow(
                  () ->
                      new InstrumentProblem(
                          "survey.problem.answer-unknown-item",
                          "The instrument has no item '" + linkId + "'",
                          linkId));
      answers.put(linkId, answer(item, component.getAnswer()));
    }
    return answers;
  }

  private static Answer answer(Item item, List<QuestionnaireResponseItemAnswerComponent> given) {
    Set<String> codes = new LinkedHashSet<>();
    for (QuestionnaireResponseItemAnswerComponent one : given) {
      Type value = one.getValue();
      if (value instanceof Coding coding && coding.getCode() != null) {
        codes.add(coding.getCode());
      } else if (value != null && value.primitiveValue() != null) {
        codes.add(value.primitiveValue());
      }
    }
    if (codes.isEmpty()) {
      throw new InstrumentProblem("survey.problem.answer-empty", "No answer given");
    }
    return switch (item.type()) {
      case AGREEMENT_5, SCALE_0_10 -> {
        String code = codes.iterator().next();
        if (codes.size() > 1) {
          throw new InstrumentProblem(
              "survey.problem.answer-one",
              "Item '" + item.linkId() + "' takes one answer",
              item.linkId());
        }
        var optOut = OptOut.ofCode(code);
        if (optOut.isPresent()) {
          yield new Answer.OptedOut(optOut.get());
        }
        try {
          yield new Answer.Numeric(Integer.parseInt(code));
        } catch (NumberFormatException e) {
          throw new InstrumentProblem(
              "survey.problem.answer-type",
              "The answer to '" + item.linkId() + "' is not of its type " + item.type(),
              item.linkId());
        }
      }
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Answer.Choices(codes);
      case FREE_TEXT -> new Answer.Text(String.join("\n", codes));
    };
  }

  private static Construct construct(Extension ext, String language) {
    Extension code = ext.getExtensionByUrl("code");
    Extension label = ext.getExtensionByUrl("label");
    Extension rule = ext.getExtensionByUrl("rule");
    if (code == null || code.getValue() == null || code.getValue().primitiveValue() == null) {
      throw new InstrumentProblem(
          "survey.problem.construct-code", "A construct extension has no code");
    }
    String c = code.getValue().primitiveValue();
    Texts texts =
        label != null && label.getValue() instanceof StringType s
            ? Translations.fromFhir(s, language)
            : null;
    ScoringRule scoring = ScoringRule.MEAN;
    if (rule != null && rule.getValue() != null) {
      try {
        scoring = ScoringRule.valueOf(rule.getValue().primitiveValue().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InstrumentProblem(
            "survey.problem.rule",
            "Unknown scoring rule '" + rule.getValue().primitiveValue() + "'",
            rule.getValue().primitiveValue());
      }
    }
    return new Construct(c, texts == null ? Texts.of(c) : texts, scoring);
  }

  private static Item item(
      QuestionnaireItemComponent q, String language, Map<String, ResponseType> earlier) {
    String linkId = q.getLinkId();
    if (linkId == null || linkId.isBlank()) {
      throw new InstrumentProblem("survey.problem.link-id-missing", "An item has no linkId");
    }
    if (earlier.containsKey(linkId)) {
      throw new InstrumentProblem(
          "survey.problem.duplicate-link-id", "linkId '" + linkId + "' is used twice", linkId);
    }
    Texts text = Translations.fromFhir(q.getTextElement(), language);
    if (text == null) {
      throw new InstrumentProblem(
          "survey.problem.item-text-missing", "Item '" + linkId + "' has no text", linkId);
    }
    ResponseType type = type(q);
    String construct = code(q.getExtensionByUrl(ITEM_CONSTRUCT));
    Extension reverse = q.getExtensionByUrl(REVERSE_SCORED);
    boolean reversed =
        reverse != null && reverse.getValue() instanceof BooleanType b && b.booleanValue();
    List<AnswerOption> options = new ArrayList<>();
    if (type == ResponseType.SINGLE_CHOICE || type == ResponseType.MULTIPLE_CHOICE) {
      for (QuestionnaireItemAnswerOptionComponent option : q.getAnswerOption()) {
        options.add(option(linkId, option, language));
      }
    }
    Item item =
        new Item(
            linkId,
            text,
            type,
            construct,
            reversed,
            q.getRequired(),
            condition(q, earlier),
            options,
            label(q.getExtensionByUrl(LOW_LABEL), language),
            label(q.getExtensionByUrl(HIGH_LABEL), language));
    return item;
  }

  private static ResponseType type(QuestionnaireItemComponent q) {
    String declared = code(q.getExtensionByUrl(RESPONSE_TYPE));
    if (declared != null) {
      for (ResponseType type : ResponseType.values()) {
        if (QuestionnaireExport.responseTypeCode(type).equals(declared)) {
          return type;
        }
      }
      throw unknownType(q.getLinkId(), declared);
    }
    String fhirType = q.getTypeElement().getValueAsString();
    if (fhirType == null) {
      throw unknownType(q.getLinkId(), "(none)");
    }
    return switch (fhirType) {
      case "choice", "open-choice" ->
          q.getRepeats() ? ResponseType.MULTIPLE_CHOICE : ResponseType.SINGLE_CHOICE;
      case "integer" -> ResponseType.SCALE_0_10;
      case "string", "text" -> ResponseType.FREE_TEXT;
      default -> throw unknownType(q.getLinkId(), fhirType);
    };
  }

  private static InstrumentProblem unknownType(String linkId, String type) {
    return new InstrumentProblem(
        "survey.problem.unknown-type",
        "Item '" + linkId + "' has type '" + type + "', which Uptake cannot ask",
        linkId,
        type);
  }

  private static AnswerOption option(
      String linkId, QuestionnaireItemAnswerOptionComponent option, String language) {
    Type value = option.getValue();
    if (value instanceof Coding coding && coding.getCode() != null) {
      Texts label = Translations.fromFhir(coding.getDisplayElement(), language);
      return new AnswerOption(coding.getCode(), label == null ? Texts.of(coding.getCode()) : label);
    }
    if (value != null && value.primitiveValue() != null) {
      return new AnswerOption(value.primitiveValue(), Texts.of(value.primitiveValue()));
    }
    throw new InstrumentProblem(
        "survey.problem.no-options", "Choice item '" + linkId + "' has no answers", linkId);
  }

  private static @Nullable Condition condition(
      QuestionnaireItemComponent q, Map<String, ResponseType> earlier) {
    List<QuestionnaireItemEnableWhenComponent> whens = q.getEnableWhen();
    if (whens.isEmpty()) {
      return null;
    }
    QuestionnaireItemEnableWhenComponent when = whens.getFirst();
    boolean equal =
        when.getOperator() == null
            || when.getOperator() == Questionnaire.QuestionnaireItemOperator.EQUAL;
    if (whens.size() > 1 || !equal || when.getAnswer() == null) {
      throw new InstrumentProblem(
          "survey.problem.condition-form",
          "Item '" + q.getLinkId() + "' has a condition other than one \"item = value\"",
          q.getLinkId());
    }
    Type answer = when.getAnswer();
    String value = answer instanceof Coding coding ? coding.getCode() : answer.primitiveValue();
    if (value == null || !earlier.containsKey(when.getQuestion())) {
      throw new InstrumentProblem(
          "survey.problem.condition",
          "The condition of '" + q.getLinkId() + "' must refer to an earlier item",
          q.getLinkId());
    }
    return new Condition(when.getQuestion(), value);
  }

  private static @Nullable Texts label(@Nullable Extension ext, String language) {
    return ext != null && ext.getValue() instanceof StringType s
        ? Translations.fromFhir(s, language)
        : null;
  }

  private static @Nullable String code(@Nullable Extension ext) {
    return ext == null || ext.getValue() == null ? null : ext.getValue().primitiveValue();
  }

  private static void flatten(
      List<QuestionnaireItemComponent> items, List<QuestionnaireItemComponent> flat) {
    for (QuestionnaireItemComponent item : items) {
      String type = item.getTypeElement().getValueAsString();
      if ("group".equals(type)) {
        flatten(item.getItem(), flat);
      } else if (!"display".equals(type)) {
        flat.add(item);
      }
    }
  }

  private static void flattenResponse(
      List<QuestionnaireResponseItemComponent> items,
      List<QuestionnaireResponseItemComponent> flat) {
    for (QuestionnaireResponseItemComponent item : items) {
      flat.add(item);
      flattenResponse(item.getItem(), flat);
      for (QuestionnaireResponseItemAnswerComponent answer : item.getAnswer()) {
        flattenResponse(answer.getItem(), flat);
      }
    }
  }

  private static String code(Questionnaire q) {
    String url = q.getUrl();
    if (url != null && url.startsWith(QUESTIONNAIRE_BASE)) {
      return url.substring(QUESTIONNAIRE_BASE.length());
    }
    String candidate = q.getName();
    if (candidate == null && url != null) {
      candidate = url.substring(url.lastIndexOf('/') + 1);
    }
    if (candidate == null && q.getIdElement().getIdPart() != null) {
      candidate = q.getIdElement().getIdPart();
    }
    if (candidate == null) {
      throw new InstrumentProblem(
          "survey.problem.code-missing",
          "The Questionnaire has no url, name or id to take a code from");
    }
    return candidate.replaceAll("[^A-Za-z0-9._-]", "-");
  }

  private static int version(Questionnaire q) {
    try {
      return q.getVersion() == null ? 1 : Math.max(1, Integer.parseInt(q.getVersion()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String language(@Nullable String code) {
    return code == null || code.isBlank() ? "en" : Texts.language(code);
  }
}
