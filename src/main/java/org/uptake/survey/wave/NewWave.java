package org.uptake.survey.wave;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.UnitId;
import org.uptake.survey.InstrumentId;

/**
 * What it takes to make a wave. The audience is either the units crossed with the professional
 * groups (an empty list means all), or, when {@code employeeNumbers} is not empty, exactly those
 * staff members.
 *
 * @param reminderEveryDays days between reminders to those who have not answered; null for none
 * @param minGroup the smallest group results show; at least 5
 */
public record NewWave(
    InstrumentId instrument,
    String name,
    boolean anonymous,
    List<UnitId> units,
    List<ProfessionalGroup> groups,
    List<String> employeeNumbers,
    LocalDate opensOn,
    LocalDate closesOn,
    @Nullable Integer reminderEveryDays,
    int maxReminders,
    int minGroup) {

  public static final int DEFAULT_MIN_GROUP = 10;
  public static final int LEAST_MIN_GROUP = 5;

  public NewWave {
    Objects.requireNonNull(instrument, "instrument");
    name = name.strip();
    units = List.copyOf(units);
    groups = List.copyOf(groups);
    employeeNumbers =
        employeeNumbers.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
    if (name.isEmpty() || name.length() > 200) {
      throw new WaveProblem("wave.problem.name", "A wave needs a name of at most 200 characters");
    }
    if (closesOn.isBefore(opensOn)) {
      throw new WaveProblem("wave.problem.dates", "A wave cannot close before it opens");
    }
    if (minGroup < LEAST_MIN_GROUP) {
      throw new WaveProblem(
          "wave.problem.min-group", "The smallest group shown is at least 5", LEAST_MIN_GROUP);
    }
    if (reminderEveryDays != null && (reminderEveryDays < 1 || reminderEveryDays > 60)) {
      throw new WaveProblem("wave.problem.reminder-days", "Reminders are 1 to 60 days apart");
    }
    if (maxReminders < 0 || maxReminders > 10) {
      throw new WaveProblem("wave.problem.max-reminders", "At most 10 reminders");
    }
  }

  /** True when the audience is a list of people rather than units and groups. */
  public boolean staffList() {
    return !employeeNumbers.isEmpty();
  }
}
