package org.uptake.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The scores of one person's answers, construct by construct. Reverse-scored items are turned round
 * first; opt-outs and items hidden by their condition are left out; a construct with fewer items
 * answered than the instrument's least share has no score (null).
 */
public final class Scoring {

  private Scoring() {}

  /**
   * The score of each construct, in the instrument's order.
   *
   * @throws InstrumentProblem if an answer does not fit its item
   */
  public static Map<String, @Nullable Double> score(
      Instrument instrument, Map<String, Answer> answers) {
    instrument.check(answers);
    Map<String, @Nullable Double> scores = new LinkedHashMap<>();
    for (Construct construct : instrument.constructs()) {
      scores.put(construct.code(), score(instrument, construct, answers));
    }
    return Collections.unmodifiableMap(scores);
  }

  private static @Nullable Double score(
      Instrument instrument, Construct construct, Map<String, Answer> answers) {
    List<Item> items = instrument.items(construct);
    if (construct.rule() == ScoringRule.SUS) {
      return sus(items, answers);
    }
    List<Item> shown = items.stream().filter(i -> i.shown(answers)).toList();
    List<Integer> values = new ArrayList<>();
    for (Item item : shown) {
      if (answers.get(item.linkId()) instanceof Answer.Numeric(int value)) {
        values.add(item.reverse() ? item.type().reversed(value) : value);
      }
    }
    if (shown.isEmpty() || values.isEmpty()) {
      return null;
    }
    // a small tolerance so that e.g. 0.5 × 6 items needs 3, not 3.0000000004
    if (values.size() + 1e-9 < instrument.minShare() * shown.size()) {
      return null;
    }
    double sum = values.stream().mapToInt(Integer::intValue).sum();
    return construct.rule() == ScoringRule.SUM ? sum : sum / values.size();
  }

  /** Brooke's rule: items 1, 3, 5, 7, 9 answer − 1; items 2, 4, 6, 8, 10 5 − answer; sum × 2.5. */
  private static @Nullable Double sus(List<Item> items, Map<String, Answer> answers) {
    int sum = 0;
    for (int i = 0; i < items.size(); i++) {
      if (!(answers.get(items.get(i).linkId()) instanceof Answer.Numeric(int value))) {
        return null;
      }
      sum += i % 2 == 0 ? value - 1 : 5 - value;
    }
    return sum * 2.5;
  }
}
