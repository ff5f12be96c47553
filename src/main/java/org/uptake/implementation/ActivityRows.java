package org.uptake.implementation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.access.AccountId;
import org.uptake.organisation.UnitId;

/**
 * Reads activities with their RACI, for the services of this module that have already checked who
 * asks.
 */
@Component
class ActivityRows {

  private final JdbcClient jdbc;

  ActivityRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The activities of an implementation, or only the one given. */
  List<Activity> activities(
      ImplementationId implementation, @Nullable ActivityId only, People.Directory directory) {
    UUID activityFilter = only == null ? null : only.value();
    Map<UUID, Map<RaciRole, List<AccountId>>> roles = new HashMap<>();
    jdbc.sql(
            """
            select r.activity_id, r.account_id, r.role
              from activity_role r join plan_activity a on a.id = r.activity_id
             where a.implementation_id = :implementation and (cast(:activity as uuid) is null or a.id = :activity)
            """)
        .param("implementation", implementation.value())
        .param("activity", activityFilter)
        .query(
            rs -> {
              roles
                  .computeIfAbsent(
                      rs.getObject("activity_id", UUID.class), key -> new EnumMap<>(RaciRole.class))
                  .computeIfAbsent(
                      RaciRole.ofLetter(rs.getString("role")), key -> new ArrayList<>())
                  .add(new AccountId(rs.getObject("account_id", UUID.class)));
            });
    return jdbc.sql(
            """
            select id, title, description, phase, unit_id from plan_activity
             where implementation_id = :implementation and (cast(:activity as uuid) is null or id = :activity)
             order by array_position(array['PREPARE', 'TRAIN', 'GO_LIVE', 'EMBED', 'FOLLOW_UP'], phase) nulls first,
                      lower(title)
            """)
        .param("implementation", implementation.value())
        .param("activity", activityFilter)
        .query(
            (rs, row) -> {
              UUID id = rs.getObject("id", UUID.class);
              String phase = rs.getString("phase");
              UUID unit = rs.getObject("unit_id", UUID.class);
              Map<RaciRole, List<AccountId>> named = roles.getOrDefault(id, Map.of());
              List<Person> accountable =
                  directory.people(named.getOrDefault(RaciRole.ACCOUNTABLE, List.of()));
              return new Activity(
                  new ActivityId(id),
                  rs.getString("title"),
                  rs.getString("description"),
                  phase == null ? null : PhaseName.valueOf(phase),
                  unit == null ? null : new UnitId(unit),
                  unit == null ? null : directory.unitName(new UnitId(unit)),
                  accountable.getFirst(),
                  directory.people(named.getOrDefault(RaciRole.RESPONSIBLE, List.of())),
                  directory.people(named.getOrDefault(RaciRole.CONSULTED, List.of())),
                  directory.people(named.getOrDefault(RaciRole.INFORMED, List.of())));
            })
        .list();
  }
}
