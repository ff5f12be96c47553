package org.uptake.determinant;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.uptake.framework.FrameworkEntry;

/**
 * The overview counts of a register: barriers and facilitators in all, and by CFIR domain, CFIR
 * construct, NPT component and practice, factor, unit and stakeholder group, as the seeds' studies
 * publish them. A determinant counts once under each heading it is tagged with, however many of its
 * tags fall under it: a sub-construct counts for its construct and domain, an NPT practice for its
 * component. It counts under each of its units and each group that raised it.
 *
 * @param total barriers and facilitators in all
 * @param cfirDomains by domain code, such as {@code cfir.c}
 * @param cfirConstructs by construct code, such as {@code cfir.c4}
 * @param nptComponents by component code, such as {@code npt.coherence}
 * @param nptPractices by practice code, such as {@code npt.p06}
 * @param factors by factor code, such as {@code factor.skills-knowledge}
 * @param units by the id of a unit the determinant concerns
 * @param stakeholderGroups by the code of a group that raised it, such as {@code manager}
 */
public record DeterminantSummary(
    Counts total,
    Map<String, Counts> cfirDomains,
    Map<String, Counts> cfirConstructs,
    Map<String, Counts> nptComponents,
    Map<String, Counts> nptPractices,
    Map<String, Counts> factors,
    Map<String, Counts> units,
    Map<String, Counts> stakeholderGroups) {

  /** How many barriers and facilitators. */
  public record Counts(int barriers, int facilitators) {

    public static final Counts NONE = new Counts(0, 0);

    Counts plus(Valence valence) {
      return valence == Valence.BARRIER
          ? new Counts(barriers + 1, facilitators)
          : new Counts(barriers, facilitators + 1);
    }

    public int total() {
      return barriers + facilitators;
    }
  }

  public DeterminantSummary {
    cfirDomains = Collections.unmodifiableSortedMap(new TreeMap<>(cfirDomains));
    cfirConstructs = Collections.unmodifiableSortedMap(new TreeMap<>(cfirConstructs));
    nptComponents = Collections.unmodifiableSortedMap(new TreeMap<>(nptComponents));
    nptPractices = Collections.unmodifiableSortedMap(new TreeMap<>(nptPractices));
    factors = Collections.unmodifiableSortedMap(new TreeMap<>(factors));
    units = Collections.unmodifiableSortedMap(new TreeMap<>(units));
    stakeholderGroups = Collections.unmodifiableSortedMap(new TreeMap<>(stakeholderGroups));
  }

  /**
   * Counts the determinants; {@code catalogue} finds a framework entry by code (tags it does not
   * know are not counted under any heading).
   */
  public static DeterminantSummary of(
      Collection<DeterminantDetails> determinants,
      Function<String, Optional<FrameworkEntry>> catalogue) {
    Counts total = Counts.NONE;
    Map<String, Counts> domains = new TreeMap<>();
    Map<String, Counts> constructs = new TreeMap<>();
    Map<String, Counts> components = new TreeMap<>();
    Map<String, Counts> practices = new TreeMap<>();
    Map<String, Counts> factors = new TreeMap<>();
    Map<String, Counts> units = new TreeMap<>();
    Map<String, Counts> groups = new TreeMap<>();
    for (DeterminantDetails determinant : determinants) {
      Valence valence = determinant.valence();
      total = total.plus(valence);
      Set<String> domainCodes = new TreeSet<>();
      Set<String> constructCodes = new TreeSet<>();
      Set<String> componentCodes = new TreeSet<>();
      Set<String> practiceCodes = new TreeSet<>();
      Set<String> factorCodes = new TreeSet<>();
      for (String tag : determinant.tags()) {
        addAncestor(tag, "domain", catalogue, domainCodes);
        addAncestor(tag, "construct", catalogue, constructCodes);
        addAncestor(tag, "component", catalogue, componentCodes);
        addAncestor(tag, "practice", catalogue, practiceCodes);
        addAncestor(tag, "factor", catalogue, factorCodes);
      }
      count(domainCodes, valence, domains);
      count(constructCodes, valence, constructs);
      count(componentCodes, valence, components);
      count(practiceCodes, valence, practices);
      count(factorCodes, valence, factors);
      count(
          determinant.units().stream().map(unit -> unit.value().toString()).toList(),
          valence,
          units);
      count(determinant.stakeholderGroups(), valence, groups);
    }
    return new DeterminantSummary(
        total, domains, constructs, components, practices, factors, units, groups);
  }

  /** Adds the tag itself or the nearest entry above it that is of the level. */
  private static void addAncestor(
      String tag,
      String level,
      Function<String, Optional<FrameworkEntry>> catalogue,
      Set<String> codes) {
    @Nullable String code = tag;
    int depth = 0;
    while (code != null && depth++ < 10) {
      Optional<FrameworkEntry> entry = catalogue.apply(code);
      if (entry.isEmpty()) {
        return;
      }
      if (entry.get().level().equals(level)) {
        codes.add(entry.get().code());
        return;
      }
      code = entry.get().parent();
    }
  }

  private static void count(Collection<String> codes, Valence valence, Map<String, Counts> counts) {
    for (String code : codes) {
      counts.merge(code, Counts.NONE.plus(valence), (a, b) -> a.plus(valence));
    }
  }
}
