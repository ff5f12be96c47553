package org.uptake.determinant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.UnitPlan;
import org.uptake.organisation.ShiftPattern;
import org.uptake.organisation.Staff;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * The needs assessment of each implementation: the consultations held and, computed from them and
 * the staff of the rollout's units, the gaps. The same roles as the determinant register read and
 * write it.
 */
@Service
public class NeedsAssessments {

  /** The columns of a consultation, as {@link #row} reads them. */
  private static final String SELECT =
      """
      select id, implementation_id, stakeholder_group, method, held_on, people,
             array_to_string(unit_ids, ',') as unit_ids,
             array_to_string(shift_patterns, ',') as shift_patterns, note
        from needs_consultation
      """;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Implementations implementations;
  private final Units units;
  private final Staff staff;

  NeedsAssessments(
      JdbcClient jdbc,
      AuditTrail audit,
      Implementations implementations,
      Units units,
      Staff staff) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.implementations = implementations;
    this.units = units;
    this.staff = staff;
  }

  /** The consultations of the implementation, most recent first. */
  @PreAuthorize(Determinants.READERS)
  @Transactional(readOnly = true)
  public List<Consultation> consultations(ImplementationId implementation) {
    implementations.requireExists(implementation);
    return jdbc.sql(
            SELECT + " where implementation_id = ? order by held_on desc, created_at desc, id")
        .param(implementation.value())
        .query(NeedsAssessments::row)
        .list();
  }

  /** Who has not been heard yet in the implementation's needs assessment. */
  @PreAuthorize(Determinants.READERS)
  @Transactional(readOnly = true)
  public NeedsGaps gaps(ImplementationId implementation) {
    Implementation rollout = implementations.get(implementation);
    List<UnitId> rolloutUnits = rollout.units().stream().map(UnitPlan::unit).toList();
    return NeedsGaps.of(
        consultations(implementation).stream().map(Consultation::details).toList(),
        rolloutUnits,
        staff.countActive(rolloutUnits));
  }

  /**
   * Records a consultation.
   *
   * @throws NotFoundException for an implementation or unit not in the organisation
   */
  @PreAuthorize(Determinants.WRITERS)
  @Transactional
  public ConsultationId record(ImplementationId implementation, ConsultationDetails details) {
    implementations.requireExists(implementation);
    for (UnitId unit : details.units()) {
      units.get(unit);
    }
    UUID id =
        jdbc.sql(
                """
                insert into needs_consultation (organisation_id, implementation_id, stakeholder_group,
                                                method, held_on, people, unit_ids, shift_patterns,
                                                note, created_by)
                values (:organisation, :implementation, :group, :method, :heldOn, :people,
                        cast(string_to_array(:units, ',') as uuid[]),
                        string_to_array(:shifts, ','), :note, :actor)
                returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("implementation", implementation.value())
            .param("group", details.stakeholderGroup())
            .param("method", details.method().name())
            .param("heldOn", details.heldOn())
            .param("people", details.people())
            .param("units", TextArrays.joined(details.units()))
            .param("shifts", TextArrays.joined(details.shiftPatterns()))
            .param("note", details.note())
            .param("actor", actorId())
            .query(UUID.class)
            .single();
    audit.changed("CREATE", "needs_consultation", id, null);
    return new ConsultationId(id);
  }

  /** One consultation of the implementation's needs assessment. */
  @PreAuthorize(Determinants.READERS)
  @Transactional(readOnly = true)
  public Consultation consultation(ImplementationId implementation, ConsultationId id) {
    return jdbc.sql(SELECT + " where implementation_id = ? and id = ?")
        .params(implementation.value(), id.value())
        .query(NeedsAssessments::row)
        .optional()
        .orElseThrow(() -> new NotFoundException("consultation"));
  }

  /**
   * Corrects a consultation recorded wrongly: every detail is replaced.
   *
   * @throws NotFoundException for a consultation or unit not in the organisation
   */
  @PreAuthorize(Determinants.WRITERS)
  @Transactional
  public void correct(
      ImplementationId implementation, ConsultationId id, ConsultationDetails details) {
    consultation(implementation, id);
    for (UnitId unit : details.units()) {
      units.get(unit);
    }
    jdbc.sql(
            """
            update needs_consultation
               set stakeholder_group = :group, method = :method, held_on = :heldOn,
                   people = :people, unit_ids = cast(string_to_array(:units, ',') as uuid[]),
                   shift_patterns = string_to_array(:shifts, ','), note = :note
             where id = :id
            """)
        .param("group", details.stakeholderGroup())
        .param("method", details.method().name())
        .param("heldOn", details.heldOn())
        .param("people", details.people())
        .param("units", TextArrays.joined(details.units()))
        .param("shifts", TextArrays.joined(details.shiftPatterns()))
        .param("note", details.note())
        .param("id", id.value())
        .update();
    audit.changed("UPDATE", "needs_consultation", id.value(), null);
  }

  /** Deletes a consultation recorded by mistake (the gaps are computed again from the rest). */
  @PreAuthorize(Determinants.WRITERS)
  @Transactional
  public void delete(ImplementationId implementation, ConsultationId id) {
    consultation(implementation, id);
    jdbc.sql("delete from needs_consultation where id = ?").param(id.value()).update();
    audit.changed("DELETE", "needs_consultation", id.value(), null);
  }

  private static Consultation row(ResultSet rs, int row) throws SQLException {
    return new Consultation(
        new ConsultationId(rs.getObject("id", UUID.class)),
        new ImplementationId(rs.getObject("implementation_id", UUID.class)),
        new ConsultationDetails(
            rs.getString("stakeholder_group"),
            ConsultationMethod.valueOf(rs.getString("method")),
            rs.getObject("held_on", java.time.LocalDate.class),
            rs.getInt("people"),
            TextArrays.split(rs.getString("unit_ids")).stream()
                .map(unit -> new UnitId(UUID.fromString(unit)))
                .collect(Collectors.toSet()),
            TextArrays.split(rs.getString("shift_patterns")).stream()
                .map(ShiftPattern::valueOf)
                .collect(Collectors.toSet()),
            rs.getString("note")));
  }

  private static @Nullable UUID actorId() {
    return CurrentUser.accountId().map(account -> account.value()).orElse(null);
  }
}
