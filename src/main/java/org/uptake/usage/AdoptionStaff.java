package org.uptake.usage;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code adoption_staff}, the active staff of each unit by professional group that the
 * dashboard counts as "who should use it", with {@code adoption_staff_member} (V27), who each is
 * counted as. A roster change takes the people changed out as they were counted and puts them back
 * as they are: its cost is that of the people changed. Always inside the transaction of the change;
 * the current organisation's rows only (row-level security). Not a public API.
 */
@Component
class AdoptionStaff {

  private final JdbcClient jdbc;

  AdoptionStaff(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Counts the organisation's active staff again from the start (a scan of its staff: tens of ms at
   * 100,000): at start-up for a database from before V27, and for benchmarks that write staff by
   * SQL.
   */
  void recount() {
    jdbc.sql("delete from adoption_staff").update();
    jdbc.sql("delete from adoption_staff_member").update();
    jdbc.sql(
            """
            insert into adoption_staff_member (organisation_id, staff_id, unit_id, professional_group)
            select organisation_id, id, unit_id, professional_group from staff where active
            """)
        .update();
    jdbc.sql(
            """
            insert into adoption_staff (organisation_id, unit_id, professional_group, people)
            select organisation_id, unit_id, professional_group, count(*) from adoption_staff_member
             group by 1, 2, 3
            """)
        .update();
  }

  /** Whether the organisation has active staff who are not counted (a database from before V27). */
  boolean missing() {
    return jdbc.sql(
            """
            select exists (select 1 from staff where active)
               and not exists (select 1 from adoption_staff_member)
            """)
        .query(Boolean.class)
        .single();
  }

  /** After staff records changed: the people's counts taken out as counted and put back as now. */
  void changed(Collection<java.util.UUID> staff) {
    if (staff.isEmpty()) {
      return;
    }
    if (missing()) {
      recount();
      return;
    }
    String[] ids = staff.stream().distinct().map(java.util.UUID::toString).toArray(String[]::new);
    jdbc.sql(
            """
            with gone as (
              delete from adoption_staff_member
               where staff_id = any (cast(cast(:staff as text[]) as uuid[]))
              returning organisation_id, unit_id, professional_group
            )
            insert into adoption_staff as a (organisation_id, unit_id, professional_group, people)
            select organisation_id, unit_id, professional_group, -count(*) from gone group by 1, 2, 3
            on conflict (organisation_id, unit_id, professional_group)
            do update set people = a.people + excluded.people
            """)
        .param("staff", ids)
        .update();
    jdbc.sql(
            """
            with now as (
              insert into adoption_staff_member (organisation_id, staff_id, unit_id, professional_group)
              select organisation_id, id, unit_id, professional_group from staff
               where active and id = any (cast(cast(:staff as text[]) as uuid[]))
              returning organisation_id, unit_id, professional_group
            )
            insert into adoption_staff as a (organisation_id, unit_id, professional_group, people)
            select organisation_id, unit_id, professional_group, count(*) from now group by 1, 2, 3
            on conflict (organisation_id, unit_id, professional_group)
            do update set people = a.people + excluded.people
            """)
        .param("staff", ids)
        .update();
    jdbc.sql("delete from adoption_staff where people = 0").update();
  }
}
