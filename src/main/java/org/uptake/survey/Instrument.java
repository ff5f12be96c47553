package org.uptake.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A survey instrument in one version: its items, the constructs they measure, and the least share
 * of a construct's items that must be answered for it to have a score. The constructor refuses an
 * instrument that could not be answered or scored.
 *
 * @param minShare the least share (0–1] of a construct's shown items answered with a number (not an
 *     opt-out) for the construct to have a score; SUS always needs all ten
 */
public record Instrument(
    String code,
    int version,
    Texts title,
    double minShare,
    List<Construct> constructs,
    List<Item> items) {

  public static final double DEFAULT_MIN_SHARE = 0.5;

  public Instrument {
    if (!Construct.CODE.matcher(code).matches()) {
      throw new InstrumentProblem(
          "survey.problem.code", "Code '" + code + "' is not a valid code", code);
    }
    if (version < 1) {
      throw new InstrumentProblem("survey.problem.version", "The version must be 1 or more");
    }
    if (!(minShare > 0 && minShare <= 1)) {
      throw new InstrumentProblem(
          "survey.problem.min-share", "The least share answered must be above 0 and at most 1");
    }
    constructs = List.copyOf(constructs);
    items = List.copyOf(items);
    Set<String> constructCodes = new HashSet<>();
    for (Construct construct : constructs) {
      if (!constructCodes.add(construct.code())) {
        throw new InstrumentProblem(
            "survey.problem.duplicate-construct",
            "Construct '" + construct.code() + "' is there twice",
            construct.code());
      }
    }
    Set<String> seen = new HashSet<>();
    for (Item item : items) {
      if (!seen.add(item.linkId())) {
        throw new InstrumentProblem(
            "survey.problem.duplicate-link-id",
            "linkId '" + item.linkId() + "' is used twice",
            item.linkId());
      }
      boolean choice =
          item.type() == ResponseType.SINGLE_CHOICE || item.type() == ResponseType.MULTIPLE_CHOICE;
      if (choice && item.options().isEmpty()) {
        throw new InstrumentProblem(
            "survey.problem.no-options",
            "Choice item '" + item.linkId() + "' has no answers",
            item.linkId());
      }
      if (item.construct() != null && !constructCodes.contains(item.construct())) {
        throw new InstrumentProblem(
            "survey.problem.unknown-construct",
            "Item '"
                + item.linkId()
                + "' counts towards unknown construct '"
                + item.construct()
                + "'",
            item.linkId(),
            item.construct());
      }
      Condition condition = item.condition();
      if (condition != null && !seen.contains(condition.linkId())
          || condition != null && condition.linkId().equals(item.linkId())) {
        throw new InstrumentProblem(
            "survey.problem.condition",
            "The condition of '" + item.linkId() + "' must refer to an earlier item",
            item.linkId());
      }
    }
    for (Construct construct : constructs) {
      if (construct.rule() == ScoringRule.SUS) {
        List<Item> sus =
            items.stream().filter(i -> construct.code().equals(i.construct())).toList();
        if (sus.size() != 10 || sus.stream().anyMatch(i -> i.type() != ResponseType.AGREEMENT_5)) {
          throw new InstrumentProblem(
              "survey.problem.sus",
              "SUS construct '" + construct.code() + "' needs exactly ten agreement items",
              construct.code());
        }
      }
    }
  }

  public Optional<Item> item(String linkId) {
    return items.stream().filter(i -> i.linkId().equals(linkId)).findFirst();
  }

  public Optional<Construct> construct(String constructCode) {
    return constructs.stream().filter(c -> c.code().equals(constructCode)).findFirst();
  }

  /** The construct's items in the instrument's order. */
  public List<Item> items(Construct construct) {
    return items.stream().filter(i -> construct.code().equals(i.construct())).toList();
  }

  /** The items that count towards no construct. */
  public List<Item> unscored() {
    return items.stream().filter(i -> i.construct() == null).toList();
  }

  /**
   * Checks every answer against its item.
   *
   * @throws InstrumentProblem for an answer to an item the instrument does not have, or one that
   *     does not fit its item
   */
  public void check(Map<String, Answer> answers) {
    answers.forEach(
        (linkId, answer) ->
            item(linkId)
                .orElseThrow(
                    () ->
                        new InstrumentProblem(
                            "survey.problem.answer-unknown-item",
                            "The instrument has no item '" + linkId + "'",
                            linkId))
                .check(answer));
  }

  /** The required items that are shown and not answered, in order. */
  public List<String> missing(Map<String, Answer> answers) {
    List<String> missing = new ArrayList<>();
    for (Item item : items) {
      if (item.required() && item.shown(answers) && !answers.containsKey(item.linkId())) {
        missing.add(item.linkId());
      }
    }
    return missing;
  }

  /** The same instrument as another version. */
  public Instrument withVersion(int next) {
    return new Instrument(code, next, title, minShare, constructs, items);
  }

  public Instrument withConstruct(Construct construct) {
    List<Construct> all = new ArrayList<>(constructs);
    all.add(construct);
    return new Instrument(code, version, title, minShare, all, items);
  }

  public Instrument withItem(Item item) {
    List<Item> all = new ArrayList<>(items);
    all.add(item);
    return new Instrument(code, version, title, minShare, constructs, all);
  }
}
