package org.uptake.survey;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One question of an instrument.
 *
 * @param linkId the item's id in the instrument, as in FHIR
 * @param construct the code of the construct it counts towards, or null if it is not scored
 * @param reverse scored the other way round (5 ↔ 1, 10 ↔ 0) before scoring
 * @param condition shown only if an earlier item has a value, or null to show always
 * @param options the answers of a choice item
 * @param low the label of the scale's low end (0), for {@link ResponseType#SCALE_0_10}
 * @param high the label of the scale's high end (10)
 */
public record Item(
    String linkId,
    Texts text,
    ResponseType type,
    @Nullable String construct,
    boolean reverse,
    boolean required,
    @Nullable Condition condition,
    List<AnswerOption> options,
    @Nullable Texts low,
    @Nullable Texts high) {

  static final Pattern LINK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public Item {
    if (linkId.isBlank()) {
      throw new InstrumentProblem("survey.problem.link-id-missing", "An item has no linkId");
    }
    if (!LINK_ID.matcher(linkId).matches()) {
      throw new InstrumentProblem(
          "survey.problem.link-id-invalid", "linkId '" + linkId + "' is not valid", linkId);
    }
    options = List.copyOf(options);
    boolean choice = type == ResponseType.SINGLE_CHOICE || type == ResponseType.MULTIPLE_CHOICE;
    if (!choice) {
      options = List.of();
    }
    if (construct != null && !type.numeric()) {
      throw new InstrumentProblem(
          "survey.problem.not-scorable",
          "Item '" + linkId + "' cannot count towards a construct: only agreement and 0–10 items",
          linkId);
    }
    if (type != ResponseType.SCALE_0_10) {
      low = null;
      high = null;
    }
  }

  /** An item with no condition, options or end labels. */
  public static Item of(
      String linkId,
      Texts text,
      ResponseType type,
      @Nullable String construct,
      boolean reverse,
      boolean required) {
    return new Item(linkId, text, type, construct, reverse, required, null, List.of(), null, null);
  }

  public Item withCondition(@Nullable Condition when) {
    return new Item(linkId, text, type, construct, reverse, required, when, options, low, high);
  }

  public Item withOptions(List<AnswerOption> choices) {
    return new Item(
        linkId, text, type, construct, reverse, required, condition, choices, low, high);
  }

  public Item withEnds(Texts lowEnd, Texts highEnd) {
    return new Item(
        linkId, text, type, construct, reverse, required, condition, options, lowEnd, highEnd);
  }

  /** Whether the item is shown, given the answers so far. */
  public boolean shown(Map<String, Answer> answers) {
    return condition == null || condition.metBy(answers);
  }

  /**
   * Checks that the answer fits the item.
   *
   * @throws InstrumentProblem for an answer of another shape, out of the scale's range, or a code
   *     that is not one of the item's answers
   */
  public void check(Answer answer) {
    switch (answer) {
      case Answer.Numeric(int value) -> {
        if (!type.numeric()) {
          throw wrongShape();
        }
        if (value < type.min() || value > type.max()) {
          throw new InstrumentProblem(
              "survey.problem.answer-range",
              "Answer "
                  + value
                  + " to '"
                  + linkId
                  + "' is outside "
                  + type.min()
                  + "–"
                  + type.max(),
              linkId,
              value,
              type.min(),
              type.max());
        }
      }
      case Answer.OptedOut optedOut -> {
        if (type != ResponseType.AGREEMENT_5) {
          throw wrongShape();
        }
      }
      case Answer.Choices(var codes) -> {
        if (type != ResponseType.SINGLE_CHOICE && type != ResponseType.MULTIPLE_CHOICE) {
          throw wrongShape();
        }
        if (type == ResponseType.SINGLE_CHOICE && codes.size() > 1) {
          throw new InstrumentProblem(
              "survey.problem.answer-one", "Item '" + linkId + "' takes one answer", linkId);
        }
        for (String code : codes) {
          if (options.stream().noneMatch(o -> o.code().equals(code))) {
            throw new InstrumentProblem(
                "survey.problem.answer-option",
                "'" + code + "' is not an answer of '" + linkId + "'",
                linkId,
                code);
          }
        }
      }
      case Answer.Text text -> {
        if (type != ResponseType.FREE_TEXT) {
          throw wrongShape();
        }
      }
    }
  }

  private InstrumentProblem wrongShape() {
    return new InstrumentProblem(
        "survey.problem.answer-type",
        "The answer to '" + linkId + "' is not of its type " + type,
        linkId);
  }
}
