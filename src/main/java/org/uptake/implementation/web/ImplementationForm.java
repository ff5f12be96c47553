package org.uptake.implementation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationDetails;
import org.uptake.implementation.ImplementationStatus;

/** The implementation's own details as typed; becomes {@link ImplementationDetails} once valid. */
class ImplementationForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 200, message = "{validation.too-long}")
  private String name = "";

  @Size(max = 4000, message = "{validation.too-long}")
  private @Nullable String goal;

  @NotNull(message = "{validation.required}")
  private @Nullable ImplementationStatus status = ImplementationStatus.PLANNING;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate startDate;

  static ImplementationForm of(Implementation implementation) {
    ImplementationForm form = new ImplementationForm();
    form.name = implementation.name();
    form.goal = implementation.goal();
    form.status = implementation.status();
    form.startDate = implementation.startDate();
    return form;
  }

  @SuppressWarnings("NullAway")
  ImplementationDetails details() {
    return new ImplementationDetails(name, goal, status, startDate);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public @Nullable String getGoal() {
    return goal;
  }

  public void setGoal(@Nullable String goal) {
    this.goal = goal;
  }

  public @Nullable ImplementationStatus getStatus() {
    return status;
  }

  public void setStatus(@Nullable ImplementationStatus status) {
    this.status = status;
  }

  public @Nullable LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(@Nullable LocalDate startDate) {
    this.startDate = startDate;
  }
}
