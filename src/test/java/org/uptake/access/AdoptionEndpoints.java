package org.uptake.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.uptake.Fixtures;
import org.uptake.implementation.ImplementationId;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.UnitManagers;
import org.uptake.usage.TrainingRecords;

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
    expected.put("GET /training-records/{id}", recorders);
    expected.put("POST /training-records/{id}", recorders);
    expected.put("GET /training-records/{id}/delete", recorders);
    // last of all: once deleted, the record is not found for the roles after the first
    expected.put("POST /training-records/{id}/delete", recorders);
  }

  static void params(Map<String, Map<String, String>> params) {
    params.put(
        "POST /training-records/{id}", Map.of("trainedOn", "2025-06-02", "note", "Corrected"));
  }

  /**
   * A training record of the physician in the second unit of the rollout in {@code ids}, whose
   * manager is the tenant's manager (its champion is named by the follow-up endpoints).
   */
  static void ids(
      Fixtures fixtures,
      UnitManagers managers,
      TrainingRecords training,
      Fixtures.Tenant tenant,
      Map<String, String> ids) {
    ImplementationId implementation =
        new ImplementationId(UUID.fromString(ids.get("/implementations/")));
    UnitId clinic = tenant.units().get(1);
    fixtures.as(
        tenant,
        Role.ADMIN,
        () -> managers.set(clinic, Set.of(tenant.accounts().get(Role.MANAGER))));
    String id =
        fixtures.as(
            tenant,
            Role.LEAD,
            () -> {
              training.record(
                  implementation,
                  clinic,
                  List.of(tenant.staff().get(1)),
                  LocalDate.now().minusDays(1),
                  null);
              return training.records(implementation, clinic).getFirst().id().toString();
            });
    ids.put("/training-records/", id);
  }
}
