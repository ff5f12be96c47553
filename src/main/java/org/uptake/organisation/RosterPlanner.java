package org.uptake.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Works out what a roster import changes, by comparing the roster's rows with the staff the
 * organisation already has. Pure: the caller loads the staff and applies the plan.
 */
public final class RosterPlanner {

  private RosterPlanner() {}

  /**
   * Plans an import. People are matched by employee number, ignoring case and surrounding
   * whitespace. Applying the plan and planning the same rows again gives a plan without changes.
   *
   * <p>Plan only the rows of a {@linkplain RosterParseResult#isClean() clean} parse: a row the
   * parser refused is missing from {@code rows}, so its person would be planned for deactivation.
   *
   * <p>Email addresses are compared ignoring case; an empty email or shift pattern equals a missing
   * one. Every other field is compared exactly.
   *
   * @param rows the roster, with no employee number twice (as the parser guarantees)
   * @param existing all staff of the organisation, active and inactive, with no employee number
   *     twice
   * @throws IllegalArgumentException if either side has an employee number twice
   */
  public static RosterPlan plan(List<RosterRow> rows, Collection<ExistingStaff> existing) {
    Map<String, ExistingStaff> staffByKey = new HashMap<>();
    for (ExistingStaff staff : existing) {
      if (staffByKey.putIfAbsent(CellText.employeeKey(staff.employeeNumber()), staff) != null) {
        // The number itself is left out: exception messages end up in logs.
        throw new IllegalArgumentException("existing staff have an employee number twice");
      }
    }
    List<RosterRow> toCreate = new ArrayList<>();
    List<RosterRow> toUpdate = new ArrayList<>();
    List<RosterRow> toReactivate = new ArrayList<>();
    int unchanged = 0;
    Set<String> inRoster = new HashSet<>();
    for (RosterRow row : rows) {
      String key = CellText.employeeKey(row.employeeNumber());
      if (!inRoster.add(key)) {
        throw new IllegalArgumentException("roster rows have an employee number twice");
      }
      ExistingStaff staff = staffByKey.get(key);
      if (staff == null) {
        toCreate.add(row);
      } else if (!staff.active()) {
        toReactivate.add(row);
      } else if (!sameDetails(row, staff)) {
        toUpdate.add(row);
      } else {
        unchanged++;
      }
    }
    List<String> toDeactivate =
        existing.stream()
            .filter(ExistingStaff::active)
            .map(ExistingStaff::employeeNumber)
            .filter(number -> !inRoster.contains(CellText.employeeKey(number)))
            .sorted(Comparator.naturalOrder())
            .toList();
    return new RosterPlan(toCreate, toUpdate, toReactivate, toDeactivate, unchanged);
  }

  private static boolean sameDetails(RosterRow row, ExistingStaff staff) {
    return row.firstName().equals(staff.firstName())
        && row.lastName().equals(staff.lastName())
        && Objects.equals(lowerCase(row.email()), lowerCase(staff.email()))
        && row.unitCode().equals(staff.unitCode())
        && row.professionalGroup().equals(staff.professionalGroup())
        && Objects.equals(row.shiftPattern(), staff.shiftPattern());
  }

  private static @Nullable String lowerCase(@Nullable String email) {
    return email == null ? null : email.toLowerCase(Locale.ROOT);
  }
}
