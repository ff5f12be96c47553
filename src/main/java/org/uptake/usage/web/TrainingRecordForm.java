package org.uptake.usage.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The day and note of a training record, as corrected; {@link TrainingForm} adds who. */
class TrainingRecordForm {

  @NotNull
  @PastOrPresent
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate trainedOn;

  @Size(max = 500)
  private @Nullable String note;

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
