package org.uptake.implementation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.uptake.access.AccountId;
import org.uptake.implementation.ActivityId;
import org.uptake.implementation.Decision;
import org.uptake.implementation.DecisionDetails;

/** A decision log entry as typed; becomes {@link DecisionDetails} once valid. */
class DecisionForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 1000, message = "{validation.too-long}")
  private String summary = "";

  @Size(max = 4000, message = "{validation.too-long}")
  private @Nullable String rationale;

  @NotNull(message = "{validation.required}")
  private @Nullable UUID decidedBy;

  @NotNull(message = "{validation.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate decidedOn;

  private @Nullable UUID activityId;

  static DecisionForm of(Decision decision) {
    DecisionForm form = new DecisionForm();
    form.summary = decision.summary();
    form.rationale = decision.rationale();
    form.decidedBy = decision.decidedBy().id().value();
    form.decidedOn = decision.decidedOn();
    form.activityId = decision.activity() == null ? null : decision.activity().value();
    return form;
  }

  @SuppressWarnings("NullAway")
  DecisionDetails details() {
    return new DecisionDetails(
        summary,
        rationale,
        new AccountId(decidedBy),
        decidedOn,
        activityId == null ? null : new ActivityId(activityId));
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public @Nullable String getRationale() {
    return rationale;
  }

  public void setRationale(@Nullable String rationale) {
    this.rationale = rationale;
  }

  public @Nullable UUID getDecidedBy() {
    return decidedBy;
  }

  public void setDecidedBy(@Nullable UUID decidedBy) {
    this.decidedBy = decidedBy;
  }

  public @Nullable LocalDate getDecidedOn() {
    return decidedOn;
  }

  public void setDecidedOn(@Nullable LocalDate decidedOn) {
    this.decidedOn = decidedOn;
  }

  public @Nullable UUID getActivityId() {
    return activityId;
  }

  public void setActivityId(@Nullable UUID activityId) {
    this.activityId = activityId;
  }
}
