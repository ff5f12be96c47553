package org.uptake.usage;

import java.time.LocalDate;
import java.util.List;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.StaffId;

/** A member of a unit's active staff and the days they were trained for the implementation. */
public record TrainingEntry(
    StaffId staff,
    String employeeNumber,
    String name,
    ProfessionalGroup group,
    List<LocalDate> trainedOn) {

  public TrainingEntry {
    trainedOn = List.copyOf(trainedOn);
  }
}
