package org.uptake.determinant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.StaffCount;
import org.uptake.organisation.UnitId;

/**
 * Who a needs assessment has not heard yet. Managers, IT, the supplier and service users are always
 * expected; so is every professional group with active staff in the rollout's units. A shift
 * pattern that staff of those units work is missing if no consultation represented it, and a unit
 * is not covered if no consultation included it.
 *
 * @param groups the expected stakeholder group codes not heard, managers first, then the
 *     professional groups in their order, then IT, the supplier and service users
 * @param shiftPatterns the shift patterns worked in the units but never represented
 * @param units the rollout's units no consultation included, in the rollout's order
 */
public record NeedsGaps(List<String> groups, List<ShiftPattern> shiftPatterns, List<UnitId> units) {

  /** The groups expected in every needs assessment, whatever the staff. */
  static final List<String> ALWAYS_EXPECTED = List.of("manager", "it", "supplier", "service_user");

  public NeedsGaps {
    groups = List.copyOf(groups);
    shiftPatterns = List.copyOf(shiftPatterns);
    units = List.copyOf(units);
  }

  /** True when every expected group, shift pattern and unit was heard. */
  public boolean none() {
    return groups.isEmpty() && shiftPatterns.isEmpty() && units.isEmpty();
  }

  /**
   * Computes the gaps.
   *
   * @param consultations what was held
   * @param rolloutUnits the units taking part in the rollout
   * @param staff head counts of active staff; counts of other units are ignored
   */
  public static NeedsGaps of(
      Collection<ConsultationDetails> consultations,
      List<UnitId> rolloutUnits,
      Collection<StaffCount> staff) {
    Set<String> heard = new HashSet<>();
    Set<ShiftPattern> represented = EnumSet.noneOf(ShiftPattern.class);
    Set<UnitId> covered = new HashSet<>();
    for (ConsultationDetails consultation : consultations) {
      heard.add(consultation.stakeholderGroup());
      represented.addAll(consultation.shiftPatterns());
      covered.addAll(consultation.units());
    }
    Set<ProfessionalGroup> working = EnumSet.noneOf(ProfessionalGroup.class);
    Set<ShiftPattern> worked = EnumSet.noneOf(ShiftPattern.class);
    for (StaffCount count : staff) {
      if (count.count() > 0 && rolloutUnits.contains(count.unit())) {
        working.add(count.group());
        if (count.shiftPattern() != null) {
          worked.add(count.shiftPattern());
        }
      }
    }
    List<String> expected = new ArrayList<>();
    expected.add(ALWAYS_EXPECTED.getFirst());
    working.forEach(group -> expected.add(group.code()));
    expected.addAll(ALWAYS_EXPECTED.subList(1, ALWAYS_EXPECTED.size()));
    return new NeedsGaps(
        expected.stream().filter(group -> !heard.contains(group)).toList(),
        worked.stream().filter(pattern -> !represented.contains(pattern)).toList(),
        rolloutUnits.stream().filter(unit -> !covered.contains(unit)).distinct().toList());
  }
}
