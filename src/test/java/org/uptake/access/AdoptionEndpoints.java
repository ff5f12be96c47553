package org.uptake.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The adoption dashboard and training records: readers of usage figures (a manager or champion sees
 * only their own units, checked in the service), and those who record training.
 */
final class AdoptionEndpoints {

  private AdoptionEndpoints() {}

  static void expect(Map<String, Set<Role>> expected) {
    Set<Role> readers =
        EnumSet.of(Role.ADMIN, Role.LEAD, Role.RESEARCHER, Role.MANAGER, Role.CHAMPION);
    Set<Role> recorders = EnumSet.of(Role.ADMIN, Role.LEAD, Role.MANAGER, Role.CHAMPION);
    expected.put("GET /implementations/{id}/adoption", readers);
    expected.put("GET /implementations/{id}/adoption.xlsx", readers);
    expected.put("GET /api/implementations/{id}/adoption", readers);
    expected.put("GET /implementations/{id}/training", recorders);
    expected.put("POST /implementations/{id}/training", recorders);
    expected.put("POST /implementations/{id}/training/import", recorders);
  }
}
