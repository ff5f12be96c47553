package org.uptake.usage;

import java.io.InputStream;
import java.sql.Array;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlan;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.StaffId;
import org.uptake.organisation.UnitId;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;
import org.uptake.usage.AdoptionFigures.UnitInView;

/**
 * Who was trained for which implementation on which day. Admins and leads record training in every
 * unit taking part; managers and champions in the units they answer for. A person trained twice on
 * the same day is one record, so sending a form again or importing a file again changes nothing.
 * Training records are about people: every list read and every change goes to the audit trail. A
 * wrong record can be corrected (its day or note) or deleted by those who may record training in
 * the person's unit; for others it is not found.
 */
@Service
public class TrainingRecords {

  static final String RECORDERS =
      "hasAnyRole('ADMIN','LEAD','MANAGER','CHAMPION') or @systemWork.active()";

  private final JdbcClient jdbc;
  private final Implementations implementations;
  private final AdoptionScope scope;
  private final AuditTrail audit;
  private final Clock clock;
  private final AdoptionSums sums;

  TrainingRecords(
      JdbcClient jdbc,
      Implementations implementations,
      AdoptionScope scope,
      AuditTrail audit,
      Clock clock,
      AdoptionSums sums) {
    this.jdbc = jdbc;
    this.implementations = implementations;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
    this.sums = sums;
  }

  /** The units taking part where the signed-in person may record training, by name. */
  @PreAuthorize(RECORDERS)
  @Transactional(readOnly = true)
  public List<UnitInView> units(ImplementationId implementation) {
    Implementation rollout = implementations.get(implementation);
    Optional<Set<UnitId>> allowed = scope.recordable();
    return rollout.units().stream()
        .filter(plan -> allowed.map(set -> set.contains(plan.unit())).orElse(true))
        .map(
            plan ->
                new UnitInView(
                    plan.unit(), plan.unitName(), plan.phase(PhaseName.GO_LIVE).actualStart()))
        .sorted(Comparator.comparing(UnitInView::name))
        .toList();
  }

  /**
   * The unit's active staff with the days each was trained for the implementation.
   *
   * @throws NotFoundException for an implementation or unit not in the organisation, or a unit not
   *     taking part
   * @throws AccessDeniedException for a unit the person may not record training in
   */
  @PreAuthorize(RECORDERS)
  @Transactional(readOnly = true)
  public List<TrainingEntry> staff(ImplementationId implementation, UnitId unit) {
    requireRecordable(implementation, unit);
    List<TrainingEntry> entries =
        jdbc.sql(
                """
                select s.id, s.employee_number, s.first_name || ' ' || s.last_name as name, s.professional_group,
                       array(select t.trained_on from usage_training t
                              where t.implementation_id = :implementation and t.staff_id = s.id
                              order by t.trained_on) as trained_on
                  from staff s
                 where s.unit_id = :unit and s.active
                 order by s.last_name, s.first_name
                """)
            .param("implementation", implementation.value())
            .param("unit", unit.value())
            .query(
                (rs, n) -> {
                  Array days = rs.getArray("trained_on");
                  return new TrainingEntry(
                      new StaffId(rs.getObject("id", UUID.class)),
                      rs.getString("employee_number"),
                      rs.getString("name"),
                      ProfessionalGroup.valueOf(rs.getString("professional_group")),
                      Arrays.stream((Date[]) days.getArray()).map(Date::toLocalDate).toList());
                })
            .list();
    audit.read("usage_training", unit, "staff of unit: " + entries.size());
    return entries;
  }

  /**
   * Records that these members of the unit's staff were trained on a day.
   *
   * @return how many trainings were new
   * @throws NotFoundException as {@link #staff}, or for a person not among the unit's active staff
   * @throws AccessDeniedException as {@link #staff}
   * @throws IllegalArgumentException for a day in the future
   */
  @PreAuthorize(RECORDERS)
  @Transactional
  public int record(
      ImplementationId implementation,
      UnitId unit,
      Collection<StaffId> staff,
      LocalDate trainedOn,
      @Nullable String note) {
    requireRecordable(implementation, unit);
    if (trainedOn.isAfter(LocalDate.now(clock))) {
      throw new IllegalArgumentException("a training day cannot be in the future");
    }
    int recorded = 0;
    for (StaffId person : staff) {
      boolean member =
          jdbc.sql("select exists (select 1 from staff where id = ? and unit_id = ? and active)")
              .params(person.value(), unit.value())
              .query(Boolean.class)
              .single();
      if (!member) {
        throw new NotFoundException("staff");
      }
      recorded += insert(implementation, person.value(), trainedOn, "FORM", note);
    }
    // the dashboard's sums count the people as trained from now on
    sums.refresh(implementation.value(), staff.stream().map(StaffId::value).toList());
    return recorded;
  }

  /**
   * Imports a file of {@code employee number;date} lines (see {@link TrainingCsv}): every line is
   * stored, or, if any line has a problem, none is.
   *
   * @throws NotFoundException for an implementation not in the organisation
   */
  @PreAuthorize(RECORDERS)
  @Transactional
  public TrainingImportReport importFile(ImplementationId implementation, InputStream file) {
    Map<UnitId, Boolean> units = new HashMap<>();
    Optional<Set<UnitId>> allowed = scope.recordable();
    for (UnitPlan plan : implementations.get(implementation).units()) {
      units.put(plan.unit(), allowed.map(set -> set.contains(plan.unit())).orElse(true));
    }
    TrainingCsv.Result read = TrainingCsv.read(file);
    List<TrainingProblem> problems = new ArrayList<>(read.problems());
    record Person(UUID id, UnitId unit) {}
    Map<String, Person> roster = new HashMap<>();
    jdbc.sql("select id, lower(employee_number) as number, unit_id from staff where active")
        .query(
            rs -> {
              roster.put(
                  rs.getString("number"),
                  new Person(
                      rs.getObject("id", UUID.class),
                      new UnitId(rs.getObject("unit_id", UUID.class))));
            });
    LocalDate today = LocalDate.now(clock);
    List<Map.Entry<UUID, LocalDate>> rows = new ArrayList<>();
    for (TrainingCsv.Line line : read.lines()) {
      Person person = roster.get(line.employeeNumber().toLowerCase(Locale.ROOT));
      if (person == null) {
        problems.add(new TrainingProblem(line.line(), "training.error.unknown-person"));
      } else if (!units.containsKey(person.unit())) {
        problems.add(new TrainingProblem(line.line(), "training.error.not-taking-part"));
      } else if (!units.get(person.unit())) {
        problems.add(new TrainingProblem(line.line(), "training.error.not-your-unit"));
      } else if (line.trainedOn().isAfter(today)) {
        problems.add(new TrainingProblem(line.line(), "training.error.future", line.trainedOn()));
      } else {
        rows.add(Map.entry(person.id(), line.trainedOn()));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingLong(TrainingProblem::line));
      return new TrainingImportReport(read.lines().size(), 0, 0, problems);
    }
    int recorded = 0;
    for (Map.Entry<UUID, LocalDate> row : rows) {
      recorded += insert(implementation, row.getKey(), row.getValue(), "IMPORT", null);
    }
    sums.refresh(implementation.value(), rows.stream().map(Map.Entry::getKey).toList());
    return new TrainingImportReport(rows.size(), recorded, rows.size() - recorded, List.of());
  }

  /**
   * The training records of the unit's present staff for the implementation, newest first.
   *
   * @throws NotFoundException as {@link #staff}
   * @throws AccessDeniedException as {@link #staff}
   */
  @PreAuthorize(RECORDERS)
  @Transactional(readOnly = true)
  public List<TrainingRecord> records(ImplementationId implementation, UnitId unit) {
    requireRecordable(implementation, unit);
    List<TrainingRecord> records =
        jdbc.sql(SELECT + " where t.implementation_id = ? and s.unit_id = ?" + ORDER)
            .params(implementation.value(), unit.value())
            .query(TrainingRecords::row)
            .list();
    audit.read("usage_training", unit, "records of unit: " + records.size());
    return records;
  }

  /**
   * One training record.
   *
   * @throws NotFoundException for a record not in the organisation, or of a person in a unit the
   *     signed-in manager or champion does not answer for
   */
  @PreAuthorize(RECORDERS)
  @Transactional(readOnly = true)
  public TrainingRecord get(TrainingRecordId id) {
    TrainingRecord found = find(id);
    audit.read("usage_training", found.staff(), "record " + id);
    return found;
  }

  /**
   * Corrects the day or the note of a training record.
   *
   * @throws NotFoundException as {@link #get}
   * @throws IllegalArgumentException for a day in the future
   * @throws AlreadyRecordedException if the person already has a record on the new day
   */
  @PreAuthorize(RECORDERS)
  @Transactional
  public void correct(TrainingRecordId id, LocalDate trainedOn, @Nullable String note) {
    TrainingRecord found = find(id);
    if (trainedOn.isAfter(LocalDate.now(clock))) {
      throw new IllegalArgumentException("a training day cannot be in the future");
    }
    boolean taken =
        jdbc.sql(
                """
                select exists (select 1 from usage_training
                                where implementation_id = ? and staff_id = ? and trained_on = ? and id <> ?)
                """)
            .params(found.implementation().value(), found.staff().value(), trainedOn, id.value())
            .query(Boolean.class)
            .single();
    if (taken) {
      throw new AlreadyRecordedException();
    }
    String stripped = note == null || note.isBlank() ? null : note.strip();
    jdbc.sql(
            """
            update usage_training set trained_on = ?, note = ?, updated_at = now(), updated_by = ?
             where id = ?
            """)
        .params(
            trainedOn,
            stripped,
            CurrentUser.accountId().map(AccountId::value).orElse(null),
            id.value())
        .update();
    sums.refresh(found.implementation().value(), List.of(found.staff().value()));
    audit.changed(
        "UPDATE",
        "usage_training",
        found.staff(),
        found.trainedOn()
            + " → "
            + trainedOn
            + (java.util.Objects.equals(found.note(), stripped) ? "" : ", note changed"));
  }

  /**
   * Deletes a training record given by mistake.
   *
   * @return the record as it was
   * @throws NotFoundException as {@link #get}
   */
  @PreAuthorize(RECORDERS)
  @Transactional
  public TrainingRecord delete(TrainingRecordId id) {
    TrainingRecord found = find(id);
    jdbc.sql("delete from usage_training where id = ?").param(id.value()).update();
    sums.refresh(found.implementation().value(), List.of(found.staff().value()));
    audit.changed("DELETE", "usage_training", found.staff(), found.trainedOn().toString());
    return found;
  }

  /** The person already has a training record on that day. */
  public static final class AlreadyRecordedException extends RuntimeException {
    AlreadyRecordedException() {
      super("already trained on that day");
    }
  }

  private static final String SELECT =
      """
      select t.id, t.implementation_id, t.staff_id, s.first_name || ' ' || s.last_name as name,
             s.unit_id, t.trained_on, t.note, t.source
        from usage_training t join staff s on s.id = t.staff_id
      """;
  private static final String ORDER = " order by t.trained_on desc, s.last_name, s.first_name";

  private TrainingRecord find(TrainingRecordId id) {
    TrainingRecord found =
        jdbc.sql(SELECT + " where t.id = ?")
            .param(id.value())
            .query(TrainingRecords::row)
            .optional()
            .orElseThrow(() -> new NotFoundException("training record"));
    if (scope.recordable().map(set -> !set.contains(found.unit())).orElse(false)) {
      throw new NotFoundException("training record");
    }
    return found;
  }

  private static TrainingRecord row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new TrainingRecord(
        new TrainingRecordId(rs.getObject("id", UUID.class)),
        new ImplementationId(rs.getObject("implementation_id", UUID.class)),
        new StaffId(rs.getObject("staff_id", UUID.class)),
        rs.getString("name"),
        new UnitId(rs.getObject("unit_id", UUID.class)),
        rs.getObject("trained_on", LocalDate.class),
        rs.getString("note"),
        rs.getString("source"));
  }

  private int insert(
      ImplementationId implementation,
      UUID staff,
      LocalDate trainedOn,
      String source,
      @Nullable String note) {
    int inserted =
        jdbc.sql(
                """
                insert into usage_training (organisation_id, implementation_id, staff_id, trained_on, source, note,
                                            created_by, updated_by)
                values (:organisation, :implementation, :staff, :day, :source, :note, :actor, :actor)
                on conflict (organisation_id, implementation_id, staff_id, trained_on) do nothing
                """)
            .param("organisation", TenantContext.require().value())
            .param("implementation", implementation.value())
            .param("staff", staff)
            .param("day", trainedOn)
            .param("source", source)
            .param("note", note == null || note.isBlank() ? null : note.strip())
            .param("actor", CurrentUser.accountId().map(AccountId::value).orElse(null))
            .update();
    if (inserted > 0) {
      audit.changed("CREATE", "usage_training", staff, trainedOn.toString());
    }
    return inserted;
  }

  private void requireRecordable(ImplementationId implementation, UnitId unit) {
    Implementation rollout = implementations.get(implementation);
    if (!rollout.takesPart(unit)) {
      throw new NotFoundException("unit");
    }
    if (scope.recordable().map(set -> !set.contains(unit)).orElse(false)) {
      throw new AccessDeniedException("not a unit of yours");
    }
  }
}
