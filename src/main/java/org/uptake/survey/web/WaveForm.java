package org.uptake.survey.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.UnitId;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.wave.NewWave;

/** A new wave as typed in its form; the service checks the instrument and the staff list. */
class WaveForm {

  @NotNull(message = "{validation.required}")
  private @Nullable UUID instrument;

  @NotBlank(message = "{validation.required}")
  @Size(max = 200, message = "{validation.too-long}")
  private @Nullable String name;

  private boolean anonymous = true;
  private String audience = "GROUPS";
  private List<UUID> units = new ArrayList<>();
  private List<String> groups = new ArrayList<>();

  @Size(max = 2_000_000, message = "{validation.too-long}")
  private String staffList = "";

  @NotNull(message = "{validation.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate opensOn;

  @NotNull(message = "{validation.required}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate closesOn;

  @Min(value = 1, message = "{wave.validation.reminder-days}")
  @Max(value = 60, message = "{wave.validation.reminder-days}")
  private @Nullable Integer reminderEveryDays = 7;

  @Min(value = 0, message = "{wave.validation.max-reminders}")
  @Max(value = 10, message = "{wave.validation.max-reminders}")
  private int maxReminders = 2;

  @Min(value = NewWave.LEAST_MIN_GROUP, message = "{wave.validation.min-group}")
  @Max(value = 1000, message = "{wave.validation.min-group}")
  private int minGroup = NewWave.DEFAULT_MIN_GROUP;

  NewWave command() {
    boolean list = audience.equals("STAFF_LIST");
    List<String> numbers =
        list
            ? Arrays.stream(staffList.split("[\\s,;]+")).filter(n -> !n.isBlank()).toList()
            : List.of();
    return new NewWave(
        new InstrumentId(java.util.Objects.requireNonNull(instrument)),
        name == null ? "" : name,
        anonymous,
        list ? List.of() : units.stream().map(UnitId::new).toList(),
        list
            ? List.of()
            : groups.stream()
                .map(ProfessionalGroup::fromCode)
                .flatMap(java.util.Optional::stream)
                .toList(),
        numbers,
        java.util.Objects.requireNonNull(opensOn),
        java.util.Objects.requireNonNull(closesOn),
        reminderEveryDays,
        maxReminders,
        minGroup);
  }

  public @Nullable UUID getInstrument() {
    return instrument;
  }

  public void setInstrument(@Nullable UUID instrument) {
    this.instrument = instrument;
  }

  public @Nullable String getName() {
    return name;
  }

  public void setName(@Nullable String name) {
    this.name = name;
  }

  public boolean isAnonymous() {
    return anonymous;
  }

  public void setAnonymous(boolean anonymous) {
    this.anonymous = anonymous;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(@Nullable String audience) {
    this.audience = audience == null ? "GROUPS" : audience;
  }

  public List<UUID> getUnits() {
    return units;
  }

  public void setUnits(@Nullable List<UUID> units) {
    this.units = units == null ? new ArrayList<>() : units;
  }

  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(@Nullable List<String> groups) {
    this.groups = groups == null ? new ArrayList<>() : groups;
  }

  public String getStaffList() {
    return staffList;
  }

  public void setStaffList(@Nullable String staffList) {
    this.staffList = staffList == null ? "" : staffList;
  }

  public @Nullable LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(@Nullable LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public @Nullable LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(@Nullable LocalDate closesOn) {
    this.closesOn = closesOn;
  }

  public @Nullable Integer getReminderEveryDays() {
    return reminderEveryDays;
  }

  public void setReminderEveryDays(@Nullable Integer reminderEveryDays) {
    this.reminderEveryDays = reminderEveryDays;
  }

  public int getMaxReminders() {
    return maxReminders;
  }

  public void setMaxReminders(int maxReminders) {
    this.maxReminders = maxReminders;
  }

  public int getMinGroup() {
    return minGroup;
  }

  public void setMinGroup(int minGroup) {
    this.minGroup = minGroup;
  }
}
