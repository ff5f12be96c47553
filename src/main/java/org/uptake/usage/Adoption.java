package org.uptake.usage;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.implementation.Feature;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlan;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.UnitId;
import org.uptake.usage.AdoptionFigures.Breakdown;
import org.uptake.usage.AdoptionFigures.Count;
import org.uptake.usage.AdoptionFigures.FeatureUse;
import org.uptake.usage.AdoptionFigures.UnitInView;
import org.uptake.usage.AdoptionFigures.WeekCount;

/**
 * The adoption dashboard of an implementation, counted in the database from the daily rollups.
 * Admins, leads and researchers see every unit taking part; managers and champions the units they
 * answer for. These are counts of use, not survey answers, so small groups are shown (and marked),
 * not suppressed. Reading it names no one, so it is not written to the audit trail.
 */
@Service
public class Adoption {

  static final String READERS =
      "hasAnyRole('ADMIN','LEAD','RESEARCHER','MANAGER','CHAMPION') or @systemWork.active()";

  private final Implementations implementations;
  private final AdoptionScope scope;
  private final AdoptionQueries queries;
  private final AdoptionCohortQueries cohortQueries;
  private final Clock clock;

  Adoption(
      Implementations implementations,
      AdoptionScope scope,
      AdoptionQueries queries,
      AdoptionCohortQueries cohortQueries,
      Clock clock) {
    this.implementations = implementations;
    this.scope = scope;
    this.queries = queries;
    this.cohortQueries = cohortQueries;
    this.clock = clock;
  }

  /** The units taking part that the reader may see, by name, with their go-live days. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<UnitInView> units(ImplementationId id) {
    Optional<Set<UnitId>> readable = scope.readable();
    return implementations.get(id).units().stream()
        .filter(plan -> readable.map(set -> set.contains(plan.unit())).orElse(true))
        .map(
            plan ->
                new UnitInView(
                    plan.unit(), plan.unitName(), plan.phase(PhaseName.GO_LIVE).actualStart()))
        .sorted(Comparator.comparing(UnitInView::name))
        .toList();
  }

  /**
   * The figures for the filter.
   *
   * @throws org.uptake.platform.NotFoundException for an implementation not in the organisation
   * @throws IllegalArgumentException for a period that runs backwards or is too long
   */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public AdoptionFigures figures(ImplementationId id, AdoptionFilter filter) {
    LocalDate today = LocalDate.now(clock);
    filter.check(today);
    Implementation implementation = implementations.get(id);
    Optional<Set<UnitId>> readable = scope.readable();
    List<UnitInView> units = new ArrayList<>();
    for (UnitPlan plan : implementation.units()) {
      boolean allowed = readable.map(set -> set.contains(plan.unit())).orElse(true);
      boolean chosen = filter.units().isEmpty() || filter.units().contains(plan.unit());
      if (allowed && chosen) {
        units.add(
            new UnitInView(
                plan.unit(), plan.unitName(), plan.phase(PhaseName.GO_LIVE).actualStart()));
      }
    }
    units.sort(Comparator.comparing(UnitInView::name));
    List<UnitInView> live = units.stream().filter(u -> u.goLive() != null).toList();
    List<ProfessionalGroup> groups =
        filter.groups().stream().sorted(Comparator.comparing(Enum::ordinal)).toList();
    LocalDate from = filter.fromOr(today);
    LocalDate to = filter.toOr(today);
    AdoptionQueries.Scope query =
        new AdoptionQueries.Scope(
            id.value(),
            live.stream().map(u -> u.id().value()).toList(),
            live.stream().map(UnitInView::goLive).toList(),
            groups.stream().map(Enum::name).toList(),
            from,
            to,
            today);
    queries.noJit();
    List<AdoptionQueries.SpanRow> spans = queries.spans(query);
    List<Feature> features = implementation.service().features();
    Map<Boolean, List<FeatureUse>> featureUse =
        queries.features(
            query,
            features.stream().map(Feature::name).toList(),
            features.stream().map(f -> slug(f.name())).toList());
    return new AdoptionFigures(
        id,
        from,
        to,
        today,
        List.copyOf(units),
        groups,
        queries.days(query),
        breakdowns(spans, "ALL").stream()
            .findFirst()
            .orElse(new Breakdown("", Count.NONE, List.of())),
        breakdowns(spans, "UNIT"),
        breakdowns(spans, "GROUP"),
        featureUse.get(true),
        featureUse.get(false),
        cohortQueries.cohorts(query),
        cohortQueries.trainingToUse(query));
  }

  /** The rows of one kind, a breakdown per key, in the order the query gives them. */
  private static List<Breakdown> breakdowns(List<AdoptionQueries.SpanRow> rows, String kind) {
    List<Breakdown> result = new ArrayList<>();
    String key = null;
    Count period = Count.NONE;
    List<WeekCount> weeks = new ArrayList<>();
    for (AdoptionQueries.SpanRow row : rows) {
      if (!row.kind().equals(kind)) {
        continue;
      }
      if (!row.key().equals(key)) {
        if (key != null) {
          result.add(new Breakdown(key, period, List.copyOf(weeks)));
        }
        key = row.key();
        period = Count.NONE;
        weeks.clear();
      }
      if (row.monday() == null) {
        period = row.count();
      } else {
        weeks.add(new WeekCount(row.monday(), row.count()));
      }
    }
    if (key != null) {
      result.add(new Breakdown(key, period, List.copyOf(weeks)));
    }
    return result;
  }

  /**
   * A feature's name as a log would write it: lower case ASCII letters and digits, words joined by
   * hyphens ("Chat with a nurse" → "chat-with-a-nurse", "E-forms" → "e-forms").
   */
  static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
