package org.uptake.implementation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.uptake.access.AccountId;
import org.uptake.implementation.Activity;
import org.uptake.implementation.ActivityDetails;
import org.uptake.implementation.Person;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.RaciAssignment;
import org.uptake.organisation.UnitId;

/** An activity and its RACI as typed; becomes {@link ActivityDetails} once valid. */
class ActivityForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 300, message = "{validation.too-long}")
  private String title = "";

  @Size(max = 4000, message = "{validation.too-long}")
  private @Nullable String description;

  private @Nullable PhaseName phase;

  private @Nullable UUID unitId;

  @NotNull(message = "{raci.error.accountable-required}")
  private @Nullable UUID accountable;

  private List<UUID> responsible = new ArrayList<>();
  private List<UUID> consulted = new ArrayList<>();
  private List<UUID> informed = new ArrayList<>();

  static ActivityForm of(Activity activity) {
    ActivityForm form = new ActivityForm();
    form.title = activity.title();
    form.description = activity.description();
    form.phase = activity.phase();
    form.unitId = activity.unit() == null ? null : activity.unit().value();
    form.accountable = activity.accountable().id().value();
    form.responsible = ids(activity.responsible());
    form.consulted = ids(activity.consulted());
    form.informed = ids(activity.informed());
    return form;
  }

  private static List<UUID> ids(List<Person> people) {
    return new ArrayList<>(people.stream().map(person -> person.id().value()).toList());
  }

  private static List<AccountId> accounts(List<UUID> ids) {
    return ids.stream().map(AccountId::new).toList();
  }

  /** The details; throws {@code PlanRuleException} if the RACI breaks a rule. */
  @SuppressWarnings("NullAway")
  ActivityDetails details() {
    return new ActivityDetails(
        title,
        description,
        phase,
        unitId == null ? null : new UnitId(unitId),
        new RaciAssignment(
            new AccountId(accountable),
            accounts(responsible),
            accounts(consulted),
            accounts(informed)));
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public @Nullable String getDescription() {
    return description;
  }

  public void setDescription(@Nullable String description) {
    this.description = description;
  }

  public @Nullable PhaseName getPhase() {
    return phase;
  }

  public void setPhase(@Nullable PhaseName phase) {
    this.phase = phase;
  }

  public @Nullable UUID getUnitId() {
    return unitId;
  }

  public void setUnitId(@Nullable UUID unitId) {
    this.unitId = unitId;
  }

  public @Nullable UUID getAccountable() {
    return accountable;
  }

  public void setAccountable(@Nullable UUID accountable) {
    this.accountable = accountable;
  }

  public List<UUID> getResponsible() {
    return responsible;
  }

  public void setResponsible(List<UUID> responsible) {
    this.responsible = responsible;
  }

  public List<UUID> getConsulted() {
    return consulted;
  }

  public void setConsulted(List<UUID> consulted) {
    this.consulted = consulted;
  }

  public List<UUID> getInformed() {
    return informed;
  }

  public void setInformed(List<UUID> informed) {
    this.informed = informed;
  }
}
