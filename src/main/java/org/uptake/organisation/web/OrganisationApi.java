package org.uptake.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.Staff;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.StaffMember;
import org.uptake.organisation.Unit;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;

@RestController
@RequestMapping("/api")
@Tag(name = "Organisation", description = "Units and staff of the caller's organisation")
class OrganisationApi {

  record UnitJson(
      UUID id,
      String code,
      String name,
      @Nullable String description,
      boolean active,
      int staffCount) {
    static UnitJson of(Unit unit) {
      return new UnitJson(
          unit.id().value(),
          unit.code(),
          unit.name(),
          unit.description(),
          unit.active(),
          unit.staffCount());
    }
  }

  record StaffJson(
      UUID id,
      String employeeNumber,
      String firstName,
      String lastName,
      @Nullable String email,
      UUID unitId,
      String professionalGroup,
      @Nullable String shiftPattern,
      boolean active) {
    static StaffJson of(StaffMember member) {
      return new StaffJson(
          member.id().value(),
          member.employeeNumber(),
          member.firstName(),
          member.lastName(),
          member.email(),
          member.unitId().value(),
          member.professionalGroup().code(),
          member.shiftPattern() == null ? null : member.shiftPattern().code(),
          member.active());
    }
  }

  private final Units units;
  private final Staff staff;

  OrganisationApi(Units units, Staff staff) {
    this.units = units;
    this.staff = staff;
  }

  @GetMapping("/units")
  @PreAuthorize("isAuthenticated()")
  @Operation(
      summary = "List units",
      description = "Active units, or all with includeInactive=true.")
  List<UnitJson> units(@RequestParam(defaultValue = "false") boolean includeInactive) {
    return units.list(includeInactive).stream().map(UnitJson::of).toList();
  }

  @GetMapping("/units/{id}")
  @PreAuthorize("isAuthenticated()")
  @Operation(
      summary = "One unit",
      description = "404 if the unit does not exist in the caller's organisation.")
  UnitJson unit(@PathVariable UUID id) {
    return UnitJson.of(units.get(new UnitId(id)));
  }

  @GetMapping("/staff")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER')")
  @Operation(summary = "List staff", description = "Filter by unit id and professional group code.")
  List<StaffJson> staff(
      @RequestParam(required = false) @Nullable UUID unit,
      @RequestParam(required = false) @Nullable String group,
      @RequestParam(defaultValue = "false") boolean includeInactive) {
    ProfessionalGroup professionalGroup =
        group == null
            ? null
            : ProfessionalGroup.fromCode(group)
                .orElseThrow(() -> new IllegalArgumentException("unknown professional group"));
    return staff
        .list(
            new Staff.Filter(
                unit == null ? null : new UnitId(unit), professionalGroup, includeInactive))
        .stream()
        .map(StaffJson::of)
        .toList();
  }

  @GetMapping("/staff/{id}")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD','MANAGER')")
  @Operation(
      summary = "One member of staff",
      description = "404 if not in the caller's organisation.")
  StaffJson member(@PathVariable UUID id) {
    return StaffJson.of(staff.get(new StaffId(id)));
  }
}
