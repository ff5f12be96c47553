package org.uptake.usage.web;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Training of some of a unit's staff on one day, as ticked on the training page: the day and note
 * of a record, for the unit and the people ticked.
 */
class TrainingForm extends TrainingRecordForm {

  @NotNull private @Nullable UUID unit;

  @NotEmpty private List<UUID> staff = new ArrayList<>();

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
}
