package org.uptake.determinant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.framework.FrameworkEntry;
import org.uptake.framework.Frameworks;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.Units;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;

/**
 * The determinant register of each implementation. Admins, leads, managers, researchers and
 * champions read it; admins, leads and researchers write it. Every change keeps the version before
 * it in the history; a merged duplicate is kept, out of the lists, and its evidence moves to the
 * determinant it joins.
 */
@Service
public class Determinants {

  static final String READERS =
      "hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION') or @systemWork.active()";
  static final String WRITERS = "hasAnyRole('ADMIN','LEAD','RESEARCHER') or @systemWork.active()";

  /** The levels of framework entry a determinant may be tagged with. */
  static final Set<String> TAG_LEVELS =
      Set.of("construct", "subconstruct", "component", "practice", "factor");

  private static final String SELECT =
      """
      select d.id, d.implementation_id, d.valence, d.description,
             array_to_string(d.stakeholder_groups, ',') as stakeholder_groups,
             array_to_string(d.unit_ids, ',') as unit_ids, d.strength, d.spread,
             array_to_string(d.tags, ',') as tags, d.version
        from determinant d
      """;

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Implementations implementations;
  private final Units units;
  private final Frameworks frameworks;

  Determinants(
      JdbcClient jdbc,
      AuditTrail audit,
      Implementations implementations,
      Units units,
      Frameworks frameworks) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.implementations = implementations;
    this.units = units;
    this.frameworks = frameworks;
  }

  /** The implementation's determinants that match the filter, barriers first, strongest first. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<Determinant> list(ImplementationId implementation, DeterminantFilter filter) {
    implementations.requireExists(implementation);
    List<Determinant> found =
        jdbc.sql(
                SELECT
                    + """
                     where d.implementation_id = :implementation and d.merged_into is null
                       and (cast(:valence as text) is null or d.valence = :valence)
                       and (cast(:tag as text) is null or :tag = any (d.tags))
                       and (cast(:unit as uuid) is null or :unit = any (d.unit_ids))
                       and (cast(:strength as int) is null or d.strength = :strength)
                       and (cast(:group as text) is null or :group = any (d.stakeholder_groups))
                     order by
                    """
                    + filter.orderBy())
            .param("implementation", implementation.value())
            .param("valence", filter.valence() == null ? null : filter.valence().name())
            .param("tag", filter.tag())
            .param("unit", filter.unit() == null ? null : filter.unit().value())
            .param("strength", filter.strength())
            .param("group", filter.group())
            .query(this::row)
            .list();
    return withEvidence(found);
  }

  /** One determinant of the implementation, also when it was merged into another. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public Determinant get(ImplementationId implementation, DeterminantId id) {
    List<Determinant> found =
        jdbc.sql(SELECT + " where d.id = :id and d.implementation_id = :implementation")
            .param("id", id.value())
            .param("implementation", implementation.value())
            .query(this::row)
            .list();
    if (found.isEmpty()) {
      throw new NotFoundException("determinant");
    }
    return withEvidence(found).getFirst();
  }

  /** The overview counts of the implementation's determinants (merged duplicates left out). */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public DeterminantSummary summary(ImplementationId implementation) {
    List<DeterminantDetails> details =
        list(implementation, DeterminantFilter.ALL).stream().map(Determinant::details).toList();
    return DeterminantSummary.of(details, frameworks::entry);
  }

  /** The overview tables and heat maps of the implementation's determinants. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public DeterminantOverview overview(ImplementationId implementation) {
    List<DeterminantDetails> details =
        list(implementation, DeterminantFilter.ALL).stream().map(Determinant::details).toList();
    return DeterminantOverview.of(details, frameworks::entry);
  }

  /**
   * Records a determinant with its evidence.
   *
   * @throws org.uptake.framework.UnknownFrameworkCodeException for a tag no catalogue knows
   * @throws DeterminantRuleException for a tag of a level a determinant cannot carry
   * @throws NotFoundException for an implementation or unit not in the organisation
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public DeterminantId create(
      ImplementationId implementation, DeterminantDetails details, List<Evidence> evidence) {
    implementations.requireExists(implementation);
    check(details);
    UUID id =
        jdbc.sql(
                """
                insert into determinant (organisation_id, implementation_id, valence, description,
                                         stakeholder_groups, unit_ids, strength, spread, tags,
                                         created_by, updated_by)
                values (:organisation, :implementation, :valence, :description,
                        string_to_array(:groups, ','), cast(string_to_array(:units, ',') as uuid[]),
                        :strength, :spread, string_to_array(:tags, ','), :actor, :actor)
                returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("implementation", implementation.value())
            .param("valence", details.valence().name())
            .param("description", details.description())
            .param("groups", TextArrays.joined(details.stakeholderGroups()))
            .param("units", TextArrays.joined(details.units()))
            .param("strength", details.strength())
            .param("spread", details.spread())
            .param("tags", TextArrays.joined(details.tags()))
            .param("actor", actorId())
            .query(UUID.class)
            .single();
    DeterminantId determinant = new DeterminantId(id);
    addEvidence(determinant, evidence);
    history(determinant, "CREATE");
    audit.changed("CREATE", "determinant", id, null);
    return determinant;
  }

  /** Records determinants in bulk, such as the findings of an interview study, all or none. */
  @PreAuthorize(WRITERS)
  @Transactional
  public List<DeterminantId> createAll(
      ImplementationId implementation, List<Map.Entry<DeterminantDetails, List<Evidence>>> all) {
    implementations.requireExists(implementation);
    List<DeterminantId> ids = new ArrayList<>();
    for (Map.Entry<DeterminantDetails, List<Evidence>> one : all) {
      ids.add(create(implementation, one.getKey(), one.getValue()));
    }
    return ids;
  }

  /** Changes what is recorded about a determinant; its evidence stays. */
  @PreAuthorize(WRITERS)
  @Transactional
  public void update(
      ImplementationId implementation, DeterminantId id, DeterminantDetails details) {
    requireCurrent(implementation, id);
    check(details);
    jdbc.sql(
            """
            update determinant set valence = :valence, description = :description,
                   stakeholder_groups = string_to_array(:groups, ','),
                   unit_ids = cast(string_to_array(:units, ',') as uuid[]), strength = :strength,
                   spread = :spread, tags = string_to_array(:tags, ','), version = version + 1,
                   updated_at = now(), updated_by = :actor
             where id = :id
            """)
        .param("id", id.value())
        .param("valence", details.valence().name())
        .param("description", details.description())
        .param("groups", TextArrays.joined(details.stakeholderGroups()))
        .param("units", TextArrays.joined(details.units()))
        .param("strength", details.strength())
        .param("spread", details.spread())
        .param("tags", TextArrays.joined(details.tags()))
        .param("actor", actorId())
        .update();
    history(id, "UPDATE");
    audit.changed("UPDATE", "determinant", id, null);
  }

  /** Adds evidence to a determinant. */
  @PreAuthorize(WRITERS)
  @Transactional
  public void addEvidence(ImplementationId implementation, DeterminantId id, Evidence evidence) {
    requireCurrent(implementation, id);
    addEvidence(id, List.of(evidence));
    audit.changed("UPDATE", "determinant", id, "evidence");
  }

  /**
   * Merges a duplicate into the determinant kept: the kept one gains the duplicate's stakeholder
   * groups, units, tags and evidence; the duplicate leaves the lists but stays in the history.
   *
   * @throws DeterminantRuleException if the two are the same or belong to different implementations
   * @throws NotFoundException if either is not in the organisation
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public void merge(ImplementationId implementation, DeterminantId kept, DeterminantId duplicate) {
    if (kept.equals(duplicate)) {
      throw new DeterminantRuleException("A determinant cannot be merged into itself");
    }
    Determinant keep = requireCurrent(implementation, kept);
    ImplementationId other =
        jdbc.sql("select implementation_id from determinant where id = ? and merged_into is null")
            .param(duplicate.value())
            .query((rs, row) -> new ImplementationId(rs.getObject(1, UUID.class)))
            .optional()
            .orElseThrow(() -> new NotFoundException("determinant"));
    if (!other.equals(implementation)) {
      throw new DeterminantRuleException(
          "Determinants of different implementations cannot be merged");
    }
    DeterminantDetails both = get(implementation, duplicate).details();
    DeterminantDetails merged =
        new DeterminantDetails(
            keep.details().valence(),
            keep.details().description(),
            union(keep.details().stakeholderGroups(), both.stakeholderGroups()),
            union(keep.details().units(), both.units()),
            Math.max(keep.details().strength(), both.strength()),
            Math.max(keep.details().spread(), both.spread()),
            union(keep.details().tags(), both.tags()));
    update(implementation, kept, merged);
    jdbc.sql("update determinant_evidence set determinant_id = ? where determinant_id = ?")
        .params(kept.value(), duplicate.value())
        .update();
    jdbc.sql(
            """
            update determinant set merged_into = ?, version = version + 1, updated_at = now(),
                   updated_by = ?
             where id = ?
            """)
        .params(kept.value(), actorId(), duplicate.value())
        .update();
    history(duplicate, "MERGE");
    audit.changed("MERGE", "determinant", duplicate, "into " + kept);
  }

  private Determinant requireCurrent(ImplementationId implementation, DeterminantId id) {
    Determinant found = get(implementation, id);
    boolean merged =
        jdbc.sql("select merged_into is not null from determinant where id = ?")
            .param(id.value())
            .query(Boolean.class)
            .single();
    if (merged) {
      throw new DeterminantRuleException("The determinant was merged into another");
    }
    return found;
  }

  private void check(DeterminantDetails details) {
    frameworks.requireKnown(details.tags());
    for (String tag : details.tags()) {
      FrameworkEntry entry = frameworks.entry(tag).orElseThrow();
      if (!TAG_LEVELS.contains(entry.level())) {
        throw new DeterminantRuleException(
            "Tag '"
                + tag
                + "' is a "
                + entry.level()
                + "; tag a CFIR construct or sub-construct, an NPT component or practice, or a factor");
      }
    }
    for (UnitId unit : details.units()) {
      units.get(unit);
    }
  }

  private void addEvidence(DeterminantId id, List<Evidence> evidence) {
    for (Evidence one : evidence) {
      jdbc.sql(
              """
              insert into determinant_evidence (organisation_id, determinant_id, kind, text, created_by)
              values (:organisation, :determinant, :kind, :text, :actor)
              """)
          .param("organisation", TenantContext.require().value())
          .param("determinant", id.value())
          .param("kind", one.kind().name())
          .param("text", one.text())
          .param("actor", actorId())
          .update();
    }
  }

  private void history(DeterminantId id, String change) {
    jdbc.sql(
            """
            insert into determinant_history (organisation_id, determinant_id, version, change, valence,
                                             description, stakeholder_groups, unit_ids, strength, spread,
                                             tags, merged_into, changed_by)
            select organisation_id, id, version, :change, valence, description, stakeholder_groups,
                   unit_ids, strength, spread, tags, merged_into, updated_by
              from determinant where id = :id
            """)
        .param("id", id.value())
        .param("change", change)
        .update();
  }

  private List<Determinant> withEvidence(List<Determinant> determinants) {
    if (determinants.isEmpty()) {
      return determinants;
    }
    Map<UUID, List<Evidence>> evidence = new LinkedHashMap<>();
    jdbc.sql(
            """
            select determinant_id, kind, text from determinant_evidence
             where determinant_id = any (cast(string_to_array(:ids, ',') as uuid[]))
             order by created_at, id
            """)
        .param("ids", TextArrays.joined(determinants.stream().map(Determinant::id).toList()))
        .query(
            (rs, row) ->
                evidence
                    .computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                    .add(new Evidence(EvidenceKind.valueOf(rs.getString(2)), rs.getString(3))))
        .list();
    return determinants.stream()
        .map(
            d ->
                new Determinant(
                    d.id(),
                    d.implementation(),
                    d.details(),
                    evidence.getOrDefault(d.id().value(), List.of()),
                    d.version()))
        .toList();
  }

  private Determinant row(ResultSet rs, int row) throws SQLException {
    return new Determinant(
        new DeterminantId(rs.getObject("id", UUID.class)),
        new ImplementationId(rs.getObject("implementation_id", UUID.class)),
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
        List.of(),
        rs.getInt("version"));
  }

  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    Set<T> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static @Nullable UUID actorId() {
    return CurrentUser.accountId().map(account -> account.value()).orElse(null);
  }
}
