package org.uptake.implementation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.access.AccountId;
import org.uptake.organisation.UnitId;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * Reads and writes the units of implementations: who answers for each, its five phases and its gate
 * criteria.
 */
@Component
class UnitPlanRepository {

  private final JdbcClient jdbc;

  UnitPlanRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The plans of the implementation's units, by unit name; of one unit only if {@code only} is
   * given.
   */
  List<UnitPlan> load(
      ImplementationId implementation, @Nullable UnitId only, People.Directory directory) {
    UUID unitFilter = only == null ? null : only.value();
    Map<UUID, @Nullable UUID> owners = new LinkedHashMap<>();
    jdbc.sql(
            """
            select unit_id, owner_id from implementation_unit
             where implementation_id = :implementation and (cast(:unit as uuid) is null or unit_id = :unit)
            """)
        .param("implementation", implementation.value())
        .param("unit", unitFilter)
        .query(
            rs -> {
              owners.put(rs.getObject("unit_id", UUID.class), rs.getObject("owner_id", UUID.class));
            });
    Map<UUID, Map<PhaseName, Phase>> phases = new HashMap<>();
    jdbc.sql(
            """
            select unit_id, phase, planned_start, planned_end, actual_start, actual_end from implementation_phase
             where implementation_id = :implementation and (cast(:unit as uuid) is null or unit_id = :unit)
            """)
        .param("implementation", implementation.value())
        .param("unit", unitFilter)
        .query(
            rs -> {
              phases
                  .computeIfAbsent(
                      rs.getObject("unit_id", UUID.class), key -> new EnumMap<>(PhaseName.class))
                  .put(PhaseName.valueOf(rs.getString("phase")), phase(rs));
            });
    Map<UUID, List<GateCriterion>> gates = new HashMap<>();
    jdbc.sql(
            """
            select id, unit_id, text, met, confirmed_by, confirmed_on from gate_criterion
             where implementation_id = :implementation and (cast(:unit as uuid) is null or unit_id = :unit)
             order by position
            """)
        .param("implementation", implementation.value())
        .param("unit", unitFilter)
        .query(
            rs -> {
              UUID confirmedBy = rs.getObject("confirmed_by", UUID.class);
              gates
                  .computeIfAbsent(rs.getObject("unit_id", UUID.class), key -> new ArrayList<>())
                  .add(
                      new GateCriterion(
                          new GateCriterionId(rs.getObject("id", UUID.class)),
                          rs.getString("text"),
                          rs.getBoolean("met"),
                          confirmedBy == null ? null : directory.person(new AccountId(confirmedBy)),
                          rs.getObject("confirmed_on", LocalDate.class)));
            });
    List<UnitPlan> plans = new ArrayList<>();
    for (Map.Entry<UUID, @Nullable UUID> unit : owners.entrySet()) {
      Map<PhaseName, Phase> unitPhases = phases.getOrDefault(unit.getKey(), Map.of());
      List<Phase> ordered = new ArrayList<>();
      for (PhaseName name : PhaseName.values()) {
        ordered.add(unitPhases.getOrDefault(name, Phase.notPlanned(name)));
      }
      UnitId unitId = new UnitId(unit.getKey());
      plans.add(
          new UnitPlan(
              unitId,
              directory.unitName(unitId),
              unit.getValue() == null ? null : directory.person(new AccountId(unit.getValue())),
              ordered,
              gates.getOrDefault(unit.getKey(), List.of())));
    }
    plans.sort(Comparator.comparing(UnitPlan::unitName));
    return plans;
  }

  /** The implementation's name; not found if it does not exist in this organisation. */
  String implementationName(ImplementationId id) {
    return jdbc.sql("select name from implementation where id = ?")
        .param(id.value())
        .query(String.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("implementation"));
  }

  void requireImplementation(ImplementationId id) {
    implementationName(id);
  }

  boolean takesPart(ImplementationId implementation, UnitId unit) {
    return jdbc.sql(
            "select exists (select 1 from implementation_unit where implementation_id = ? and unit_id = ?)")
        .params(implementation.value(), unit.value())
        .query(Boolean.class)
        .single();
  }

  /** Adds a unit with its five phases, nothing planned yet. False if it already takes part. */
  boolean addUnit(ImplementationId implementation, UnitId unit, @Nullable AccountId owner) {
    int added =
        jdbc.sql(
                """
                insert into implementation_unit (organisation_id, implementation_id, unit_id, owner_id,
                                                 created_by, updated_by)
                values (:organisation, :implementation, :unit, :owner, :actor, :actor)
                on conflict do nothing
                """)
            .param("organisation", TenantContext.require().value())
            .param("implementation", implementation.value())
            .param("unit", unit.value())
            .param("owner", owner == null ? null : owner.value())
            .param("actor", People.actorId())
            .update();
    if (added == 0) {
      return false;
    }
    for (PhaseName phase : PhaseName.values()) {
      jdbc.sql(
              """
              insert into implementation_phase (organisation_id, implementation_id, unit_id, phase,
                                                created_by, updated_by)
              values (:organisation, :implementation, :unit, :phase, :actor, :actor)
              """)
          .param("organisation", TenantContext.require().value())
          .param("implementation", implementation.value())
          .param("unit", unit.value())
          .param("phase", phase.name())
          .param("actor", People.actorId())
          .update();
    }
    return true;
  }

  void setOwner(ImplementationId implementation, UnitId unit, @Nullable AccountId owner) {
    jdbc.sql(
            """
            update implementation_unit set owner_id = :owner, updated_at = now(), updated_by = :actor
             where implementation_id = :implementation and unit_id = :unit
            """)
        .param("implementation", implementation.value())
        .param("unit", unit.value())
        .param("owner", owner == null ? null : owner.value())
        .param("actor", People.actorId())
        .update();
  }

  /** Writes the phases and criteria that differ between two versions of a unit's plan. */
  void save(ImplementationId implementation, UnitPlan before, UnitPlan after) {
    for (PhaseName name : PhaseName.values()) {
      Phase phase = after.phase(name);
      if (phase.equals(before.phase(name))) {
        continue;
      }
      jdbc.sql(
              """
              update implementation_phase
                 set planned_start = :plannedStart, planned_end = :plannedEnd,
                     actual_start = :actualStart, actual_end = :actualEnd, updated_at = now(), updated_by = :actor
               where implementation_id = :implementation and unit_id = :unit and phase = :phase
              """)
          .param("implementation", implementation.value())
          .param("unit", after.unit().value())
          .param("phase", name.name())
          .param("plannedStart", phase.plannedStart())
          .param("plannedEnd", phase.plannedEnd())
          .param("actualStart", phase.actualStart())
          .param("actualEnd", phase.actualEnd())
          .param("actor", People.actorId())
          .update();
    }
    for (GateCriterion criterion : after.gate()) {
      if (before.gate().contains(criterion)) {
        continue;
      }
      jdbc.sql(
              """
              update gate_criterion set met = :met, confirmed_by = :confirmedBy, confirmed_on = :confirmedOn,
                     updated_at = now(), updated_by = :actor
               where id = :id
              """)
          .param("id", criterion.id().value())
          .param("met", criterion.met())
          .param(
              "confirmedBy",
              criterion.confirmedBy() == null ? null : criterion.confirmedBy().id().value())
          .param("confirmedOn", criterion.confirmedOn())
          .param("actor", People.actorId())
          .update();
    }
  }

  GateCriterionId addCriterion(ImplementationId implementation, UnitId unit, String text) {
    UUID id =
        jdbc.sql(
                """
                insert into gate_criterion (organisation_id, implementation_id, unit_id, position, text,
                                            created_by, updated_by)
                values (:organisation, :implementation, :unit,
                        (select coalesce(max(position) + 1, 0) from gate_criterion
                          where implementation_id = :implementation and unit_id = :unit),
                        :text, :actor, :actor)
                returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("implementation", implementation.value())
            .param("unit", unit.value())
            .param("text", text)
            .param("actor", People.actorId())
            .query(UUID.class)
            .single();
    return new GateCriterionId(id);
  }

  private static Phase phase(ResultSet rs) throws SQLException {
    LocalDate plannedStart = rs.getObject("planned_start", LocalDate.class);
    LocalDate plannedEnd = rs.getObject("planned_end", LocalDate.class);
    return new Phase(
        PhaseName.valueOf(rs.getString("phase")),
        plannedStart == null || plannedEnd == null ? null : new DateRange(plannedStart, plannedEnd),
        rs.getObject("actual_start", LocalDate.class),
        rs.getObject("actual_end", LocalDate.class));
  }
}
