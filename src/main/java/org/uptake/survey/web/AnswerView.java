package org.uptake.survey.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.uptake.survey.AnswerOption;
import org.uptake.survey.Condition;
import org.uptake.survey.Construct;
import org.uptake.survey.Instrument;
import org.uptake.survey.Item;
import org.uptake.survey.OptOut;

/**
 * The answering form's layout: items grouped by construct in the instrument's order, numbered, and
 * the note of a conditional item naming the earlier question and answer it depends on.
 */
record AnswerView(Instrument instrument, String lang) {

  /** A heading (null for items outside any construct) and its items. */
  record Group(@Nullable String heading, List<Numbered> items) {}

  record Numbered(int number, Item item) {}

  static final List<OptOut> OPT_OUTS = List.of(OptOut.values());

  public List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    List<Item> all = instrument.items();
    for (Construct construct : instrument.constructs()) {
      List<Numbered> items = new ArrayList<>();
      for (Item item : instrument.items(construct)) {
        items.add(new Numbered(all.indexOf(item) + 1, item));
      }
      if (!items.isEmpty()) {
        groups.add(new Group(construct.label().in(lang), items));
      }
    }
    List<Numbered> rest = new ArrayList<>();
    for (Item item : instrument.unscored()) {
      rest.add(new Numbered(all.indexOf(item) + 1, item));
    }
    if (!rest.isEmpty()) {
      groups.add(new Group(null, rest));
    }
    return groups;
  }

  public List<OptOut> optOuts() {
    return OPT_OUTS;
  }

  /** The number of the earlier question a condition refers to. */
  public int conditionNumber(Condition condition) {
    List<Item> all = instrument.items();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).linkId().equals(condition.linkId())) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The answer a condition asks for as the person saw it: a choice's label, else the value. */
  public String conditionAnswer(Condition condition) {
    return instrument
        .item(condition.linkId())
        .flatMap(
            item ->
                item.options().stream()
                    .filter(o -> o.code().equals(condition.value()))
                    .map(AnswerOption::label)
                    .findFirst())
        .map(label -> label.in(lang))
        .orElse(condition.value());
  }
}
