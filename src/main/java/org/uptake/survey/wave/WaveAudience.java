package org.uptake.survey.wave;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.platform.TenantContext;

/**
 * The people a wave invites and the rows that record them. A wave of a whole region invites 100,000
 * people in one go, so this reads the roster (the organisation module's staff, and the accounts
 * they sign in with) in one statement and writes invitations in batches, rather than one call per
 * person through those modules' services. It reads no more than the invitation needs: who, the
 * address, and the account for the inbox.
 */
@Component
class WaveAudience {

  private static final int CHUNK = 5_000;

  /** One person to invite. */
  record Invitee(UUID staff, String email, @Nullable UUID account) {}

  private final JdbcClient jdbc;

  WaveAudience(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The active staff with an address in the units crossed with the groups (empty: all). */
  List<Invitee> ofGroups(List<UUID> units, List<String> groups) {
    return jdbc.sql(
            """
            select s.id, s.email,
                   (select a.id from account a where a.staff_id = s.id and a.enabled limit 1) as account
              from staff s
             where s.active and s.email is not null and s.email like '%_@_%'
               and (cardinality(cast(:units as uuid[])) = 0 or s.unit_id = any(cast(:units as uuid[])))
               and (cardinality(cast(:groups as text[])) = 0
                    or s.professional_group = any(cast(:groups as text[])))
             order by s.id
            """)
        .param("units", units.stream().map(UUID::toString).toArray(String[]::new))
        .param("groups", groups.toArray(String[]::new))
        .query(WaveAudience::invitee)
        .list();
  }

  /** The active staff with an address among those already listed on the wave. */
  List<Invitee> ofList(WaveId wave) {
    return jdbc.sql(
            """
            select s.id, s.email,
                   (select a.id from account a where a.staff_id = s.id and a.enabled limit 1) as account
              from survey_invitation i join staff s on s.id = i.staff_id
             where i.wave_id = :wave and s.active and s.email is not null and s.email like '%_@_%'
             order by s.id
            """)
        .param("wave", wave.value())
        .query(WaveAudience::invitee)
        .list();
  }

  /** The staff ids of employee numbers; the numbers not found are missing from the map. */
  Map<String, UUID> byEmployeeNumber(List<String> numbers) {
    Map<String, UUID> found = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "select employee_number, id from staff where employee_number = any(cast(:numbers as text[]))")
        .param("numbers", numbers.toArray(String[]::new))
        .query(
            (rs, row) -> found.put(rs.getString("employee_number"), rs.getObject("id", UUID.class)))
        .list();
    return found;
  }

  /** The accounts of those invited to a wave who have not answered it. */
  List<UUID> accountsNotAnswered(WaveId wave) {
    return jdbc.sql(
            """
            select a.id from survey_invitation i join account a on a.staff_id = i.staff_id
             where i.wave_id = :wave and i.answered_on is null
            """)
        .param("wave", wave.value())
        .query(UUID.class)
        .list();
  }

  /** The unit and professional group a person has now, kept with an answer. */
  record Placement(@Nullable UUID unit, @Nullable String group) {}

  /** Invitations with the hashes of their secrets, written in batches. */
  void insert(WaveId wave, List<UUID> staff, List<String> hexHashes, LocalDate today) {
    UUID organisation = TenantContext.require().value();
    for (int from = 0; from < staff.size(); from += CHUNK) {
      int to = Math.min(staff.size(), from + CHUNK);
      jdbc.sql(
              """
              insert into survey_invitation (organisation_id, wave_id, staff_id, token_hash, invited_on)
              select :organisation, :wave, t.staff, decode(t.hash, 'hex'), :today
                from unnest(cast(:staff as uuid[]), cast(:hashes as text[])) as t (staff, hash)
              """)
          .param("organisation", organisation)
          .param("wave", wave.value())
          .param(
              "staff", staff.subList(from, to).stream().map(UUID::toString).toArray(String[]::new))
          .param("hashes", hexHashes.subList(from, to).toArray(String[]::new))
          .param("today", today)
          .update();
    }
  }

  private static Invitee invitee(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Invitee(
        rs.getObject("id", UUID.class),
        rs.getString("email").strip(),
        rs.getObject("account", UUID.class));
  }
}
