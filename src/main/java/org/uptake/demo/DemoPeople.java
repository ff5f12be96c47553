package org.uptake.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.uptake.access.AccountId;
import org.uptake.access.Role;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitId;

/**
 * The units, staff and accounts of a demo organisation, for the contributions that build on them.
 */
record DemoPeople(List<UnitId> units, List<Member> staff, List<DemoAccount> accounts) {

  record Member(StaffId id, UnitId unit, ProfessionalGroup group, String name) {}

  record DemoAccount(AccountId id, Role role) {}

  /** A member of staff to stand behind a role's demo account, so accounts have real names. */
  @Nullable Member representative(Role role) {
    ProfessionalGroup group =
        switch (role) {
          case ADMIN, RESEARCHER -> null;
          case LEAD -> ProfessionalGroup.DIGITAL_COUNSELLOR;
          case MANAGER, CHAMPION, PROFESSIONAL -> ProfessionalGroup.REGISTERED_NURSE;
        };
    if (group == null) {
      return null;
    }
    int skip = role == Role.CHAMPION ? 1 : role == Role.PROFESSIONAL ? 2 : 0;
    return staff.stream()
        .filter(member -> member.group() == group)
        .skip(skip)
        .findFirst()
        .orElse(null);
  }

  AccountId account(Role role) {
    return accounts.stream()
        .filter(account -> account.role() == role)
        .findFirst()
        .orElseThrow()
        .id();
  }
}
