package org.uptake.implementation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.uptake.access.AccountId;

/**
 * Who decides, who does, who is consulted and who is informed about one activity. Exactly one
 * person decides and at least one does the work, so no activity is left without an owner; the one
 * who decides may also do it, but nobody is asked or told about what they decide or do themselves.
 */
public record RaciAssignment(
    AccountId accountable,
    List<AccountId> responsible,
    List<AccountId> consulted,
    List<AccountId> informed) {

  public RaciAssignment {
    if (accountable == null) {
      throw new PlanRuleException("accountable", "raci.error.accountable-required");
    }
    responsible = distinct(responsible);
    consulted = distinct(consulted);
    informed = distinct(informed);
    if (responsible.isEmpty()) {
      throw new PlanRuleException("responsible", "raci.error.responsible-required");
    }
    for (AccountId person : consulted) {
      if (person.equals(accountable) || responsible.contains(person)) {
        throw new PlanRuleException("consulted", "raci.error.consulted-overlap");
      }
    }
    for (AccountId person : informed) {
      if (person.equals(accountable)
          || responsible.contains(person)
          || consulted.contains(person)) {
        throw new PlanRuleException("informed", "raci.error.informed-overlap");
      }
    }
  }

  /** Everyone named, each once, in the order accountable, responsible, consulted, informed. */
  public Set<AccountId> everyone() {
    Set<AccountId> everyone = new LinkedHashSet<>();
    everyone.add(accountable);
    everyone.addAll(responsible);
    everyone.addAll(consulted);
    everyone.addAll(informed);
    return everyone;
  }

  /** The person's parts in the activity, in RACI order; empty if they have none. */
  public List<RaciRole> rolesOf(AccountId person) {
    List<RaciRole> roles = new ArrayList<>();
    if (accountable.equals(person)) {
      roles.add(RaciRole.ACCOUNTABLE);
    }
    if (responsible.contains(person)) {
      roles.add(RaciRole.RESPONSIBLE);
    }
    if (consulted.contains(person)) {
      roles.add(RaciRole.CONSULTED);
    }
    if (informed.contains(person)) {
      roles.add(RaciRole.INFORMED);
    }
    return roles;
  }

  private static List<AccountId> distinct(@Nullable List<AccountId> people) {
    return people == null ? List.of() : List.copyOf(new LinkedHashSet<>(people));
  }
}
