package org.uptake.risk.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.uptake.risk.AffectedGroup;
import org.uptake.risk.RiskDetails;
import org.uptake.risk.RiskStatus;

/** A risk as typed in the register page. */
class RiskForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 2000, message = "{validation.too-long}")
  private @Nullable String description;

  @NotEmpty(message = "{validation.required}")
  private List<AffectedGroup> affects = new ArrayList<>();

  @Size(max = 200, message = "{validation.too-long}")
  private @Nullable String affectsOther;

  @Min(1)
  @Max(5)
  private int likelihood = 3;

  @Min(1)
  @Max(5)
  private int impact = 3;

  /** The form filled with what a risk says now. */
  static RiskForm of(RiskDetails details) {
    RiskForm form = new RiskForm();
    form.description = details.description();
    form.affects = new ArrayList<>(details.affects().stream().sorted().toList());
    form.affectsOther = details.affectsOther();
    form.likelihood = details.likelihood();
    form.impact = details.impact();
    return form;
  }

  RiskDetails details() {
    return new RiskDetails(
        description == null ? "" : description,
        Set.copyOf(affects),
        affectsOther,
        likelihood,
        impact,
        RiskStatus.OPEN);
  }

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String description) {
    this.description = description;
  }

  public List<AffectedGroup> getAffects() {
    return affects;
  }

  public void setAffects(List<AffectedGroup> affects) {
    this.affects = affects;
  }

  public @Nullable String getAffectsOther() {
    return affectsOther;
  }

  public void setAffectsOther(@Nullable String affectsOther) {
    this.affectsOther = affectsOther;
  }

  public int getLikelihood() {
    return likelihood;
  }

  public void setLikelihood(int likelihood) {
    this.likelihood = likelihood;
  }

  public int getImpact() {
    return impact;
  }

  public void setImpact(int impact) {
    this.impact = impact;
  }
}
