package org.uptake.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AuditTrail;

/**
 * Brings the staff register in step with the employer's roster file. A file with any problem
 * changes nothing; a clean file creates newcomers, updates people in place, reactivates returners
 * and deactivates (never deletes) active people it no longer lists, all in one transaction. The
 * same file twice changes nothing the second time.
 */
@Service
public class RosterImport {

  private final Units units;
  private final Staff staff;
  private final AuditTrail audit;

  RosterImport(Units units, Staff staff, AuditTrail audit) {
    this.units = units;
    this.staff = staff;
    this.audit = audit;
  }

  /** What the file would change, without changing anything. */
  @PreAuthorize("hasRole('ADMIN') or @systemWork.active()")
  @Transactional(readOnly = true)
  public RosterReport preview(byte[] content, @Nullable String filename) {
    return run(content, filename, false);
  }

  /** Applies a clean file; a file with problems is refused whole and the report lists why. */
  @PreAuthorize("hasRole('ADMIN') or @systemWork.active()")
  @Transactional
  public RosterReport apply(byte[] content, @Nullable String filename) {
    return run(content, filename, true);
  }

  private RosterReport run(byte[] content, @Nullable String filename, boolean write) {
    List<Unit> allUnits = units.list(true);
    List<Unit> activeUnits = allUnits.stream().filter(Unit::active).toList();
    Map<String, UnitId> unitByCode =
        activeUnits.stream()
            .collect(Collectors.toMap(unit -> unit.code().toLowerCase(Locale.ROOT), Unit::id));
    Set<String> codes = activeUnits.stream().map(Unit::code).collect(Collectors.toSet());
    RosterParseResult parsed = RosterParser.parse(content, filename, codes);
    if (!parsed.isClean()) {
      return RosterReport.refused(
          parsed.rows().size() + parsed.problems().size(), parsed.problems());
    }
    Map<UnitId, String> codeByUnit = new HashMap<>();
    allUnits.forEach(unit -> codeByUnit.put(unit.id(), unit.code()));
    List<StaffMember> current = staff.listForImport();
    Map<String, StaffMember> byNumber = new HashMap<>();
    current.forEach(member -> byNumber.put(key(member.employeeNumber()), member));
    List<ExistingStaff> existing =
        current.stream()
            .map(
                member ->
                    new ExistingStaff(
                        member.employeeNumber(),
                        member.firstName(),
                        member.lastName(),
                        member.email(),
                        codeByUnit.get(member.unitId()),
                        member.professionalGroup().code(),
                        member.shiftPattern() == null ? null : member.shiftPattern().code(),
                        member.active()))
            .toList();
    RosterPlan plan = RosterPlanner.plan(parsed.rows(), existing);
    if (write && plan.hasChanges()) {
      for (RosterRow row : plan.toCreate()) {
        staff.create(details(row, unitByCode));
      }
      for (RosterRow row : plan.toUpdate()) {
        staff.update(byNumber.get(key(row.employeeNumber())).id(), details(row, unitByCode), true);
      }
      for (RosterRow row : plan.toReactivate()) {
        staff.update(byNumber.get(key(row.employeeNumber())).id(), details(row, unitByCode), true);
      }
      for (String number : plan.toDeactivate()) {
        staff.setActive(byNumber.get(key(number)).id(), false);
      }
      audit.changed(
          "IMPORT",
          "roster",
          null,
          "created=%d updated=%d reactivated=%d deactivated=%d"
              .formatted(
                  plan.toCreate().size(),
                  plan.toUpdate().size(),
                  plan.toReactivate().size(),
                  plan.toDeactivate().size()));
    }
    return RosterReport.of(plan, parsed.rows().size(), write);
  }

  private static StaffDetails details(RosterRow row, Map<String, UnitId> unitByCode) {
    return new StaffDetails(
        row.employeeNumber(),
        row.firstName(),
        row.lastName(),
        row.email(),
        unitByCode.get(row.unitCode().toLowerCase(Locale.ROOT)),
        ProfessionalGroup.fromCode(row.professionalGroup()).orElseThrow(),
        row.shiftPattern() == null
            ? null
            : ShiftPattern.fromCode(row.shiftPattern()).orElseThrow());
  }

  private static String key(String employeeNumber) {
    return employeeNumber.strip().toLowerCase(Locale.ROOT);
  }
}
