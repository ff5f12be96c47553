package org.uptake.determinant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.uptake.framework.FrameworkEntry;

/**
 * The overview of a register as tables: for each heading (CFIR domain and construct, NPT component
 * and practice, factor, unit, stakeholder group) how many barriers and facilitators fall under it
 * and what share of all barriers and of all facilitators that is, in whole per cent rounded half
 * up. Two heat maps cross the units with the CFIR domains and NPT components, one for barriers and
 * one for facilitators. Counting follows {@link DeterminantSummary}.
 *
 * @param total barriers and facilitators in all
 * @param tables the tables in the order the page shows them
 * @param barrierMap barriers by unit and framework heading
 * @param facilitatorMap facilitators by unit and framework heading
 */
public record DeterminantOverview(
    DeterminantSummary.Counts total,
    List<Table> tables,
    HeatMap barrierMap,
    HeatMap facilitatorMap) {

  /** The tables, by key, in their order. */
  public static final List<String> TABLES =
      List.of(
          "cfir-domain",
          "cfir-construct",
          "npt-component",
          "npt-practice",
          "factor",
          "unit",
          "stakeholder-group");

  /** One heading of a table with its counts and shares. */
  public record Row(
      String code, int barriers, int facilitators, int barrierPercent, int facilitatorPercent) {}

  /** A table of headings, the most counted first. */
  public record Table(String key, List<Row> rows) {
    public Table {
      rows = List.copyOf(rows);
    }
  }

  /**
   * Counts by unit (rows, unit ids) and framework heading (columns, codes), with the shading level
   * of each count.
   */
  public record HeatMap(
      List<String> units, List<String> headings, Map<String, Map<String, Integer>> counts) {

    public int count(String unit, String heading) {
      return counts.getOrDefault(unit, Map.of()).getOrDefault(heading, 0);
    }

    /** The shade of a cell: 0 for none, 1 for one, 2 for two or three, 3 for four or more. */
    public int level(String unit, String heading) {
      return DeterminantOverview.level(count(unit, heading));
    }
  }

  public DeterminantOverview {
    tables = List.copyOf(tables);
  }

  /** The shade of a count: 0 for none, 1 for one, 2 for two or three, 3 for four or more. */
  public static int level(int count) {
    return count <= 0 ? 0 : count == 1 ? 1 : count <= 3 ? 2 : 3;
  }

  /** A share in whole per cent, rounded half up; 0 of nothing is 0. */
  public static int percent(int part, int whole) {
    return whole == 0 ? 0 : (int) ((part * 200L + whole) / (2L * whole));
  }

  public Table table(String key) {
    return tables.stream().filter(table -> table.key().equals(key)).findFirst().orElseThrow();
  }

  /** Counts the determinants; {@code catalogue} finds a framework entry by code. */
  public static DeterminantOverview of(
      Collection<DeterminantDetails> determinants,
      Function<String, Optional<FrameworkEntry>> catalogue) {
    DeterminantSummary summary = DeterminantSummary.of(determinants, catalogue);
    DeterminantSummary.Counts total = summary.total();
    Map<String, Map<String, DeterminantSummary.Counts>> byKey = new LinkedHashMap<>();
    byKey.put("cfir-domain", summary.cfirDomains());
    byKey.put("cfir-construct", summary.cfirConstructs());
    byKey.put("npt-component", summary.nptComponents());
    byKey.put("npt-practice", summary.nptPractices());
    byKey.put("factor", summary.factors());
    byKey.put("unit", summary.units());
    byKey.put("stakeholder-group", summary.stakeholderGroups());
    List<Table> tables = new ArrayList<>();
    byKey.forEach((key, counts) -> tables.add(new Table(key, rows(counts, total))));
    return new DeterminantOverview(
        total,
        tables,
        heatMap(determinants, catalogue, Valence.BARRIER, summary),
        heatMap(determinants, catalogue, Valence.FACILITATOR, summary));
  }

  private static List<Row> rows(
      Map<String, DeterminantSummary.Counts> counts, DeterminantSummary.Counts total) {
    return counts.entrySet().stream()
        .map(
            entry ->
                new Row(
                    entry.getKey(),
                    entry.getValue().barriers(),
                    entry.getValue().facilitators(),
                    percent(entry.getValue().barriers(), total.barriers()),
                    percent(entry.getValue().facilitators(), total.facilitators())))
        .sorted(
            Comparator.comparingInt((Row row) -> row.barriers() + row.facilitators())
                .reversed()
                .thenComparing(Row::code))
        .toList();
  }

  private static HeatMap heatMap(
      Collection<DeterminantDetails> determinants,
      Function<String, Optional<FrameworkEntry>> catalogue,
      Valence valence,
      DeterminantSummary summary) {
    Set<String> headings = new LinkedHashSet<>(summary.cfirDomains().keySet());
    headings.addAll(summary.nptComponents().keySet());
    List<String> units = List.copyOf(summary.units().keySet());
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (DeterminantDetails determinant : determinants) {
      if (determinant.valence() != valence) {
        continue;
      }
      DeterminantSummary one = DeterminantSummary.of(List.of(determinant), catalogue);
      Set<String> under = new LinkedHashSet<>(one.cfirDomains().keySet());
      under.addAll(one.nptComponents().keySet());
      for (String unit : one.units().keySet()) {
        for (String heading : under) {
          counts
              .computeIfAbsent(unit, key -> new LinkedHashMap<>())
              .merge(heading, 1, Integer::sum);
        }
      }
    }
    return new HeatMap(units, List.copyOf(headings), counts);
  }
}
