package org.uptake.survey.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.uptake.survey.AnswerOption;
import org.uptake.survey.Condition;
import org.uptake.survey.Item;
import org.uptake.survey.ResponseType;
import org.uptake.survey.Texts;

/**
 * An item as typed in the builder, its texts in the user's language; the answers of a choice item
 * one per line as {@code code=label}.
 */
class ItemForm {

  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
  private @Nullable String linkId;

  @NotBlank
  @Size(max = 1000)
  private @Nullable String text;

  @NotNull private @Nullable ResponseType type = ResponseType.AGREEMENT_5;

  private @Nullable String construct;
  private boolean reverse;
  private boolean required;
  private @Nullable String conditionItem;

  @Size(max = 100)
  private @Nullable String conditionValue;

  @Size(max = 4000)
  private @Nullable String options;

  @Size(max = 200)
  private @Nullable String low;

  @Size(max = 200)
  private @Nullable String high;

  Item item(String language) {
    ResponseType responseType = type == null ? ResponseType.AGREEMENT_5 : type;
    Item item =
        Item.of(
            linkId == null ? "" : linkId.strip(),
            texts(language, text),
            responseType,
            blank(construct) ? null : construct,
            reverse,
            required);
    if (!blank(conditionItem) && !blank(conditionValue)) {
      item = item.withCondition(new Condition(conditionItem, conditionValue.strip()));
    }
    if (!blank(options)) {
      List<AnswerOption> choices = new ArrayList<>();
      for (String line : options.split("\\R")) {
        if (line.isBlank()) {
          continue;
        }
        int equals = line.indexOf('=');
        String code = (equals < 0 ? line : line.substring(0, equals)).strip();
        String label = equals < 0 ? code : line.substring(equals + 1).strip();
        choices.add(new AnswerOption(code, texts(language, label.isEmpty() ? code : label)));
      }
      item = item.withOptions(choices);
    }
    if (!blank(low) && !blank(high)) {
      item = item.withEnds(texts(language, low), texts(language, high));
    }
    return item;
  }

  private static Texts texts(String language, @Nullable String text) {
    return new Texts(Map.of(language, text == null ? "" : text));
  }

  private static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  public @Nullable String getLinkId() {
    return linkId;
  }

  public void setLinkId(@Nullable String linkId) {
    this.linkId = linkId;
  }

  public @Nullable String getText() {
    return text;
  }

  public void setText(@Nullable String text) {
    this.text = text;
  }

  public @Nullable ResponseType getType() {
    return type;
  }

  public void setType(@Nullable ResponseType type) {
    this.type = type;
  }

  public @Nullable String getConstruct() {
    return construct;
  }

  public void setConstruct(@Nullable String construct) {
    this.construct = construct;
  }

  public boolean isReverse() {
    return reverse;
  }

  public void setReverse(boolean reverse) {
    this.reverse = reverse;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public @Nullable String getConditionItem() {
    return conditionItem;
  }

  public void setConditionItem(@Nullable String conditionItem) {
    this.conditionItem = conditionItem;
  }

  public @Nullable String getConditionValue() {
    return conditionValue;
  }

  public void setConditionValue(@Nullable String conditionValue) {
    this.conditionValue = conditionValue;
  }

  public @Nullable String getOptions() {
    return options;
  }

  public void setOptions(@Nullable String options) {
    this.options = options;
  }

  public @Nullable String getLow() {
    return low;
  }

  public void setLow(@Nullable String low) {
    this.low = low;
  }

  public @Nullable String getHigh() {
    return high;
  }

  public void setHigh(@Nullable String high) {
    this.high = high;
  }
}
