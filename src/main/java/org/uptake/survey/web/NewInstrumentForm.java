package org.uptake.survey.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new instrument as typed on the list page: its code, its title, the least share answered. */
class NewInstrumentForm {

  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
  private @Nullable String code;

  @NotBlank
  @Size(max = 300)
  private @Nullable String title;

  @DecimalMin("0.1")
  @DecimalMax("1")
  private double minShare = 0.5;

  public @Nullable String getCode() {
    return code;
  }

  public void setCode(@Nullable String code) {
    this.code = code;
  }

  public @Nullable String getTitle() {
    return title;
  }

  public void setTitle(@Nullable String title) {
    this.title = title;
  }

  public double getMinShare() {
    return minShare;
  }

  public void setMinShare(double minShare) {
    this.minShare = minShare;
  }
}
