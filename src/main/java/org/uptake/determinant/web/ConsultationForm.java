package org.uptake.determinant.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.uptake.determinant.ConsultationDetails;
import org.uptake.determinant.ConsultationMethod;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.UnitId;

/** A consultation as typed in the needs assessment page. */
class ConsultationForm {

  @NotBlank private @Nullable String stakeholderGroup = "manager";

  @NotNull private @Nullable ConsultationMethod method = ConsultationMethod.INTERVIEW;

  @NotNull
  @PastOrPresent
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate heldOn = LocalDate.now();

  @Min(1)
  @Max(100000)
  private int people = 1;

  private List<UUID> units = new ArrayList<>();
  private List<ShiftPattern> shiftPatterns = new ArrayList<>();

  @Size(max = 4000)
  private @Nullable String note;

  /** The form filled with what a consultation says now. */
  static ConsultationForm of(ConsultationDetails details) {
    ConsultationForm form = new ConsultationForm();
    form.stakeholderGroup = details.stakeholderGroup();
    form.method = details.method();
    form.heldOn = details.heldOn();
    form.people = details.people();
    form.units = new ArrayList<>(details.units().stream().map(UnitId::value).sorted().toList());
    form.shiftPatterns = new ArrayList<>(details.shiftPatterns().stream().sorted().toList());
    form.note = details.note();
    return form;
  }

  ConsultationDetails details() {
    return new ConsultationDetails(
        stakeholderGroup == null ? "" : stakeholderGroup,
        method == null ? ConsultationMethod.INTERVIEW : method,
        heldOn == null ? LocalDate.now() : heldOn,
        people,
        units.stream().map(UnitId::new).collect(Collectors.toSet()),
        Set.copyOf(shiftPatterns),
        note);
  }

  public @Nullable String getStakeholderGroup() {
    return stakeholderGroup;
  }

  public void setStakeholderGroup(@Nullable String stakeholderGroup) {
    this.stakeholderGroup = stakeholderGroup;
  }

  public @Nullable ConsultationMethod getMethod() {
    return method;
  }

  public void setMethod(@Nullable ConsultationMethod method) {
    this.method = method;
  }

  public @Nullable LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(@Nullable LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public int getPeople() {
    return people;
  }

  public void setPeople(int people) {
    this.people = people;
  }

  public List<UUID> getUnits() {
    return units;
  }

  public void setUnits(@Nullable List<UUID> units) {
    this.units = units == null ? new ArrayList<>() : units;
  }

  public List<ShiftPattern> getShiftPatterns() {
    return shiftPatterns;
  }

  public void setShiftPatterns(@Nullable List<ShiftPattern> shiftPatterns) {
    this.shiftPatterns = shiftPatterns == null ? new ArrayList<>() : shiftPatterns;
  }

  public @Nullable String getNote() {
    return note;
  }

  public void setNote(@Nullable String note) {
    this.note = note;
  }
}
