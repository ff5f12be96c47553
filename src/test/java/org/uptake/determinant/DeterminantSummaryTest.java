package org.uptake.determinant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.uptake.determinant.DeterminantSummary.Counts;
import org.uptake.framework.FrameworkEntry;

class DeterminantSummaryTest {

  private static FrameworkEntry entry(String code, String level, @Nullable String parent) {
    return new FrameworkEntry(
        code, code.substring(0, code.indexOf('.')), level, parent, null, Map.of(), Map.of());
  }

  private static final Map<String, FrameworkEntry> CATALOGUE =
      Stream.of(
              entry("cfir.c", "domain", null),
              entry("cfir.c4", "construct", "cfir.c"),
              entry("cfir.c4d", "subconstruct", "cfir.c4"),
              entry("cfir.c4a", "subconstruct", "cfir.c4"),
              entry("cfir.d", "domain", null),
              entry("cfir.d2", "construct", "cfir.d"),
              entry("npt.coherence", "component", null),
              entry("npt.p01", "practice", "npt.coherence"),
              entry("npt.p02", "practice", "npt.coherence"),
              entry("factor.skills-knowledge", "factor", null))
          .collect(Collectors.toMap(FrameworkEntry::code, e -> e));

  private static final Function<String, Optional<FrameworkEntry>> LOOKUP =
      code -> Optional.ofNullable(CATALOGUE.get(code));

  private static DeterminantDetails determinant(Valence valence, String... tags) {
    return new DeterminantDetails(valence, "d", Set.of(), Set.of(), 2, 2, Set.of(tags));
  }

  @Test
  void countsByValenceDomainConstructComponentAndFactor() {
    DeterminantSummary summary =
        DeterminantSummary.of(
            List.of(
                determinant(Valence.BARRIER, "cfir.c4d", "npt.p01", "factor.skills-knowledge"),
                determinant(Valence.BARRIER, "cfir.d2"),
                determinant(Valence.FACILITATOR, "cfir.c4", "npt.coherence"),
                determinant(Valence.FACILITATOR)),
            LOOKUP);

    assertThat(summary.total()).isEqualTo(new Counts(2, 2));
    assertThat(summary.cfirDomains())
        .containsOnly(Map.entry("cfir.c", new Counts(1, 1)), Map.entry("cfir.d", new Counts(1, 0)));
    assertThat(summary.cfirConstructs())
        .containsOnly(
            Map.entry("cfir.c4", new Counts(1, 1)), Map.entry("cfir.d2", new Counts(1, 0)));
    assertThat(summary.nptComponents()).containsOnly(Map.entry("npt.coherence", new Counts(1, 1)));
    assertThat(summary.factors())
        .containsOnly(Map.entry("factor.skills-knowledge", new Counts(1, 0)));
  }

  @Test
  void aDeterminantCountsOnceUnderAHeadingHoweverManyOfItsTagsFallUnderIt() {
    DeterminantSummary summary =
        DeterminantSummary.of(
            List.of(determinant(Valence.BARRIER, "cfir.c4a", "cfir.c4d", "npt.p01", "npt.p02")),
            LOOKUP);

    assertThat(summary.cfirDomains()).containsOnly(Map.entry("cfir.c", new Counts(1, 0)));
    assertThat(summary.cfirConstructs()).containsOnly(Map.entry("cfir.c4", new Counts(1, 0)));
    assertThat(summary.nptComponents()).containsOnly(Map.entry("npt.coherence", new Counts(1, 0)));
  }

  @Test
  void anEmptyRegisterCountsNothing() {
    DeterminantSummary summary = DeterminantSummary.of(List.of(), LOOKUP);

    assertThat(summary.total()).isEqualTo(Counts.NONE);
    assertThat(summary.cfirDomains()).isEmpty();
    assertThat(summary.factors()).isEmpty();
  }

  @Test
  void tagsTheCatalogueDoesNotKnowAreNotCounted() {
    DeterminantSummary summary =
        DeterminantSummary.of(List.of(determinant(Valence.BARRIER, "cfir.zz")), LOOKUP);

    assertThat(summary.total().barriers()).isEqualTo(1);
    assertThat(summary.cfirDomains()).isEmpty();
  }
}
