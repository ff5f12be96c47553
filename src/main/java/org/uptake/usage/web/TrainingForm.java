package org.uptake.usage.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Training of some of a unit's staff on one day, as ticked on the training page. */
class TrainingForm {

  @NotNull private @Nullable UUID unit;

  @NotEmpty private List<UUID> staff = new ArrayList<>();

  @NotNull
  @PastOrPresent
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate trainedOn;

  @Size(max = 500)
  private @Nullable String note;

  public @Nullable UUID getUnit() {
    return unit;
  }

  public void setUnit(@Nullable UUID unit) {
    this.unit = unit;
  }

  public List<UUID> getStaff() {
    return staff;
  }

  public void setStaff(@Nullable List<UUID> staff) {
    this.staff = staff == null ? new ArrayList<>() : staff;
  }

  public @Nullable LocalDate getTrainedOn() {
    return trainedOn;
  }

  public void setTrainedOn(@Nullable LocalDate trainedOn) {
    this.trainedOn = trainedOn;
  }

  public @Nullable String getNote() {
    return note;
  }

  public void setNote(@Nullable String note) {
    this.note = note;
  }
}
