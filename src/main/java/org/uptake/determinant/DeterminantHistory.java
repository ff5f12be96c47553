package org.uptake.determinant;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountSummary;
import org.uptake.access.Accounts;
import org.uptake.implementation.ImplementationId;
import org.uptake.organisation.UnitId;

/** The versions of a determinant, for the history view: the readers of the register read them. */
@Service
public class DeterminantHistory {

  private final JdbcClient jdbc;
  private final Determinants determinants;
  private final Accounts accounts;

  DeterminantHistory(JdbcClient jdbc, Determinants determinants, Accounts accounts) {
    this.jdbc = jdbc;
    this.determinants = determinants;
    this.accounts = accounts;
  }

  /**
   * Every version of the determinant, newest first.
   *
   * @throws org.uptake.platform.NotFoundException if it is not a determinant of the implementation
   */
  @PreAuthorize(Determinants.READERS)
  @Transactional(readOnly = true)
  public List<DeterminantVersion> versions(ImplementationId implementation, DeterminantId id) {
    determinants.get(implementation, id);
    Map<UUID, String> names =
        accounts.list().stream()
            .collect(
                Collectors.toMap(account -> account.id().value(), AccountSummary::displayName));
    return jdbc.sql(
            """
            select version, change, valence, description,
                   array_to_string(stakeholder_groups, ',') as stakeholder_groups,
                   array_to_string(unit_ids, ',') as unit_ids, strength, spread,
                   array_to_string(tags, ',') as tags, merged_into, changed_at,
                   changed_by
              from determinant_history where determinant_id = ? order by version desc
            """)
        .param(id.value())
        .query(
            (rs, row) -> {
              UUID merged = rs.getObject("merged_into", UUID.class);
              UUID by = rs.getObject("changed_by", UUID.class);
              return new DeterminantVersion(
                  rs.getInt("version"),
                  rs.getString("change"),
                  new DeterminantDetails(
                      Valence.valueOf(rs.getString("valence")),
                      rs.getString("description"),
                      TextArrays.split(rs.getString("stakeholder_groups")),
                      TextArrays.split(rs.getString("unit_ids")).stream()
                          .map(unit -> new UnitId(UUID.fromString(unit)))
                          .collect(Collectors.toSet()),
                      rs.getInt("strength"),
                      rs.getInt("spread"),
                      TextArrays.split(rs.getString("tags"))),
                  merged == null ? null : new DeterminantId(merged),
                  rs.getTimestamp("changed_at").toInstant(),
                  by == null ? null : names.get(by));
            })
        .list();
  }
}
