package org.uptake.usage.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.uptake.usage.FollowUpSettings;

/** N for each kind of lapse, as typed by a lead. */
class FollowUpSettingsForm {

  @NotNull(message = "{validation.required}")
  @Min(value = 1, message = "{followup.validation.days}")
  @Max(value = FollowUpSettings.MAX_DAYS, message = "{followup.validation.days}")
  private @Nullable Integer neverStartedDays;

  @NotNull(message = "{validation.required}")
  @Min(value = 1, message = "{followup.validation.days}")
  @Max(value = FollowUpSettings.MAX_DAYS, message = "{followup.validation.days}")
  private @Nullable Integer stoppedDays;

  static FollowUpSettingsForm of(FollowUpSettings settings) {
    FollowUpSettingsForm form = new FollowUpSettingsForm();
    form.neverStartedDays = settings.neverStartedDays();
    form.stoppedDays = settings.stoppedDays();
    return form;
  }

  FollowUpSettings settings() {
    return new FollowUpSettings(
        neverStartedDays == null ? 0 : neverStartedDays, stoppedDays == null ? 0 : stoppedDays);
  }

  public @Nullable Integer getNeverStartedDays() {
    return neverStartedDays;
  }

  public void setNeverStartedDays(@Nullable Integer neverStartedDays) {
    this.neverStartedDays = neverStartedDays;
  }

  public @Nullable Integer getStoppedDays() {
    return stoppedDays;
  }

  public void setStoppedDays(@Nullable Integer stoppedDays) {
    this.stoppedDays = stoppedDays;
  }
}
