package org.uptake.determinant.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.uptake.access.AccountId;
import org.uptake.determinant.DeterminantId;
import org.uptake.determinant.NewAction;

/** An action as typed in the plan's form; the owner is checked by the service. */
class ActionForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 500, message = "{validation.too-long}")
  private @Nullable String title;

  private @Nullable String strategyCode;
  private @Nullable UUID owner;
  private List<UUID> consulted = new ArrayList<>();
  private List<UUID> informed = new ArrayList<>();

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private @Nullable LocalDate dueDate;

  @Size(max = 200, message = "{validation.too-long}")
  private @Nullable String measure;

  private @Nullable UUID determinant;

  NewAction command(@Nullable UUID risk) {
    return new NewAction(
        title == null ? "" : title,
        strategyCode == null || strategyCode.isBlank() ? null : strategyCode,
        owner == null ? null : new AccountId(owner),
        accounts(consulted),
        accounts(informed),
        dueDate,
        measure,
        determinant == null ? Set.of() : Set.of(new DeterminantId(determinant)),
        risk);
  }

  private static Set<AccountId> accounts(List<UUID> ids) {
    return ids.stream().map(AccountId::new).collect(Collectors.toSet());
  }

  public @Nullable String getTitle() {
    return title;
  }

  public void setTitle(@Nullable String title) {
    this.title = title;
  }

  public @Nullable String getStrategyCode() {
    return strategyCode;
  }

  public void setStrategyCode(@Nullable String strategyCode) {
    this.strategyCode = strategyCode;
  }

  public @Nullable UUID getOwner() {
    return owner;
  }

  public void setOwner(@Nullable UUID owner) {
    this.owner = owner;
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

  public @Nullable LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(@Nullable LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public @Nullable String getMeasure() {
    return measure;
  }

  public void setMeasure(@Nullable String measure) {
    this.measure = measure;
  }

  public @Nullable UUID getDeterminant() {
    return determinant;
  }

  public void setDeterminant(@Nullable UUID determinant) {
    this.determinant = determinant;
  }
}
