package org.uptake.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.uptake.implementation.ImplementationId;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitId;
import org.uptake.platform.TenantContext;

/** The follow-up tables, and the reads of the usage rollups the check needs. */
@Repository
class FollowUpRepository {

  private final JdbcClient jdbc;

  FollowUpRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<FollowUpSettings> settings(ImplementationId implementation) {
    return jdbc.sql(
            "select never_started_days, stopped_days from follow_up_setting where implementation_id = ?")
        .param(implementation.value())
        .query((rs, n) -> new FollowUpSettings(rs.getInt(1), rs.getInt(2)))
        .optional();
  }

  void saveSettings(
      ImplementationId implementation, FollowUpSettings settings, @Nullable UUID actor) {
    jdbc.sql(
            """
            insert into follow_up_setting
              (implementation_id, organisation_id, never_started_days, stopped_days, updated_by)
            values (:implementation, :organisation, :never, :stopped, :actor)
            on conflict (implementation_id) do update
              set never_started_days = excluded.never_started_days,
                  stopped_days = excluded.stopped_days,
                  updated_at = now(), updated_by = excluded.updated_by
            """)
        .param("implementation", implementation.value())
        .param("organisation", TenantContext.require().value())
        .param("never", settings.neverStartedDays())
        .param("stopped", settings.stoppedDays())
        .param("actor", actor)
        .update();
  }

  /**
   * The last day of use up to {@code today} of every log user id of the implementation's sources,
   * lower-cased (ids match the roster ignoring case). Reads the daily rollups only.
   */
  Map<String, LocalDate> lastUse(ImplementationId implementation, LocalDate today) {
    Map<String, LocalDate> last = new HashMap<>();
    jdbc.sql(
            """
            select lower(d.user_id) as user_id, max(d.day) as last_day
              from usage_daily d join usage_source s on s.id = d.source_id
             where s.implementation_id = :implementation and d.day <= :today
             group by lower(d.user_id)
            """)
        .param("implementation", implementation.value())
        .param("today", today)
        .query(
            rs -> {
              last.merge(
                  rs.getString("user_id"),
                  rs.getObject("last_day", LocalDate.class),
                  (a, b) -> a.isAfter(b) ? a : b);
            });
    return last;
  }

  /** External ids the admin mapped to staff, lower-cased, by staff member. */
  Map<UUID, List<String>> mappedIds() {
    Map<UUID, List<String>> ids = new HashMap<>();
    jdbc.sql("select lower(external_id), staff_id from usage_user_map")
        .query(
            rs -> {
              ids.computeIfAbsent(rs.getObject(2, UUID.class), k -> new java.util.ArrayList<>())
                  .add(rs.getString(1));
            });
    return ids;
  }

  /** Every episode of the implementation that has a follow-up. */
  Set<Lapse> known(ImplementationId implementation) {
    return new HashSet<>(
        jdbc.sql("select staff_id, kind, since from follow_up where implementation_id = ?")
            .param(implementation.value())
            .query(FollowUpRepository::lapse)
            .list());
  }

  /** The open episodes of the implementation, with their follow-up. */
  Map<Lapse, FollowUpId> open(ImplementationId implementation) {
    Map<Lapse, FollowUpId> open = new HashMap<>();
    jdbc.sql(
            """
            select id, staff_id, kind, since from follow_up
             where implementation_id = ? and status = 'OPEN'
            """)
        .param(implementation.value())
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> open.put(lapse(rs, 0), new FollowUpId(rs.getObject("id", UUID.class))));
    return open;
  }

  /** Opens a follow-up, unless the episode has one already (another run got there first). */
  Optional<FollowUpId> insert(
      ImplementationId implementation,
      UnitId unit,
      Lapse lapse,
      String personName,
      LocalDate today,
      FollowUpRoute route) {
    return jdbc.sql(
            """
            insert into follow_up (organisation_id, implementation_id, unit_id, staff_id, person_name,
                                   kind, since, opened_on, routed_to)
            values (:organisation, :implementation, :unit, :staff, :name, :kind, :since, :today, :route)
            on conflict (implementation_id, staff_id, kind, since) do nothing
            returning id
            """)
        .param("organisation", TenantContext.require().value())
        .param("implementation", implementation.value())
        .param("unit", unit.value())
        .param("staff", UUID.fromString(lapse.userId()))
        .param("name", personName)
        .param("kind", lapse.kind().name())
        .param("since", lapse.since())
        .param("today", today)
        .param("route", route.name())
        .query((rs, n) -> new FollowUpId(rs.getObject(1, UUID.class)))
        .optional();
  }

  void addTask(FollowUpId followUp, UUID task, UUID account) {
    jdbc.sql(
            """
            insert into follow_up_task (follow_up_id, organisation_id, task_id, account_id)
            values (?, ?, ?, ?)
            """)
        .params(followUp.value(), TenantContext.require().value(), task, account)
        .update();
  }

  List<UUID> taskAccounts(FollowUpId followUp) {
    return jdbc.sql("select distinct account_id from follow_up_task where follow_up_id = ?")
        .param(followUp.value())
        .query(UUID.class)
        .list();
  }

  List<UUID> tasks(FollowUpId followUp, UUID account) {
    return jdbc.sql("select task_id from follow_up_task where follow_up_id = ? and account_id = ?")
        .params(followUp.value(), account)
        .query(UUID.class)
        .list();
  }

  /** Marks an open follow-up resolved by use; true if it was open. */
  boolean resolveByUse(FollowUpId followUp, LocalDate today) {
    return jdbc.sql(
                """
                update follow_up set status = 'RESOLVED_BY_USE', used_again_on = :today,
                                     updated_at = now(), updated_by = null
                 where id = :id and status = 'OPEN'
                """)
            .param("today", today)
            .param("id", followUp.value())
            .update()
        == 1;
  }

  /** The implementation's follow-ups in the units given (null: all units), open first. */
  List<FollowUp> list(ImplementationId implementation, @Nullable Collection<UnitId> units) {
    return jdbc.sql(
            """
            select * from follow_up
             where implementation_id = :implementation
               and (cast(:all as boolean) or unit_id = any (cast(string_to_array(:units, ',') as uuid[])))
             order by status <> 'OPEN', opened_on desc, person_name, kind
            """)
        .param("implementation", implementation.value())
        .param("all", units == null)
        .param("units", units == null ? "" : join(units))
        .query(FollowUpRepository::followUp)
        .list();
  }

  Optional<FollowUp> get(FollowUpId id) {
    return jdbc.sql("select * from follow_up where id = ?")
        .param(id.value())
        .query(FollowUpRepository::followUp)
        .optional();
  }

  void recordOutcome(
      FollowUpId id, FollowUpOutcome outcome, @Nullable String note, @Nullable UUID actor) {
    jdbc.sql(
            """
            update follow_up
               set outcome = :outcome, note = :note,
                   status = case when status = 'OPEN' then 'DONE' else status end,
                   updated_at = now(), updated_by = :actor
             where id = :id
            """)
        .param("outcome", outcome.name())
        .param("note", note)
        .param("actor", actor)
        .param("id", id.value())
        .update();
  }

  /** Counts per unit and kind (null units: all), by where each follow-up stands. */
  List<FollowUpCount> counts(
      ImplementationId implementation,
      @Nullable Collection<UnitId> units,
      Map<UnitId, String> unitNames) {
    return jdbc
        .sql(
            """
            select unit_id, kind,
                   count(*) filter (where status = 'OPEN') as open,
                   count(*) filter (where status = 'RESOLVED_BY_USE' and outcome is null) as resolved,
                   count(*) filter (where outcome = 'LEARNED') as learned,
                   count(*) filter (where outcome = 'NEEDS_TRAINING') as training,
                   count(*) filter (where outcome = 'NO_USE_IN_ROLE') as no_use,
                   count(*) filter (where outcome = 'OTHER') as other
              from follow_up
             where implementation_id = :implementation
               and (cast(:all as boolean) or unit_id = any (cast(string_to_array(:units, ',') as uuid[])))
             group by unit_id, kind
            """)
        .param("implementation", implementation.value())
        .param("all", units == null)
        .param("units", units == null ? "" : join(units))
        .query(
            (rs, n) -> {
              UnitId unit = new UnitId(rs.getObject("unit_id", UUID.class));
              return new FollowUpCount(
                  unit,
                  unitNames.getOrDefault(unit, "?"),
                  LapseKind.valueOf(rs.getString("kind")),
                  rs.getInt("open"),
                  rs.getInt("resolved"),
                  rs.getInt("learned"),
                  rs.getInt("training"),
                  rs.getInt("no_use"),
                  rs.getInt("other"));
            })
        .list()
        .stream()
        .sorted(
            java.util.Comparator.comparing(FollowUpCount::unitName)
                .thenComparing(FollowUpCount::kind))
        .toList();
  }

  private static String join(Collection<UnitId> units) {
    return String.join(",", units.stream().map(unit -> unit.value().toString()).toList());
  }

  private static Lapse lapse(ResultSet rs, int row) throws SQLException {
    return new Lapse(
        rs.getObject("staff_id", UUID.class).toString(),
        LapseKind.valueOf(rs.getString("kind")),
        rs.getObject("since", LocalDate.class));
  }

  private static FollowUp followUp(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return new FollowUp(
        new FollowUpId(rs.getObject("id", UUID.class)),
        new ImplementationId(rs.getObject("implementation_id", UUID.class)),
        new UnitId(rs.getObject("unit_id", UUID.class)),
        new StaffId(rs.getObject("staff_id", UUID.class)),
        rs.getString("person_name"),
        LapseKind.valueOf(rs.getString("kind")),
        rs.getObject("since", LocalDate.class),
        rs.getObject("opened_on", LocalDate.class),
        FollowUpRoute.valueOf(rs.getString("routed_to")),
        FollowUpStatus.valueOf(rs.getString("status")),
        rs.getObject("used_again_on", LocalDate.class),
        outcome == null ? null : FollowUpOutcome.valueOf(outcome),
        rs.getString("note"));
  }
}
