package org.uptake.survey.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.uptake.survey.Construct;
import org.uptake.survey.ScoringRule;
import org.uptake.survey.Texts;

/** A construct as typed in the builder, its name in the user's language. */
class ConstructForm {

  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
  private @Nullable String code;

  @NotBlank
  @Size(max = 300)
  private @Nullable String label;

  private ScoringRule rule = ScoringRule.MEAN;

  Construct construct(String language) {
    return new Construct(
        code == null ? "" : code.strip(),
        new Texts(java.util.Map.of(language, label == null ? "" : label)),
        rule);
  }

  public @Nullable String getCode() {
    return code;
  }

  public void setCode(@Nullable String code) {
    this.code = code;
  }

  public @Nullable String getLabel() {
    return label;
  }

  public void setLabel(@Nullable String label) {
    this.label = label;
  }

  public ScoringRule getRule() {
    return rule;
  }

  public void setRule(ScoringRule rule) {
    this.rule = rule;
  }
}
