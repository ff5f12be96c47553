package org.uptake.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The content of the catalogues shipped in {@code framework/}, checked against the literature they
 * come from.
 */
class BundledCataloguesTest {

  /**
   * Names that are spelt the same in English and in another language because the word is the same,
   * not because a translation was forgotten. Keep this list short and justified.
   */
  private static final Set<String> SAME_WORD_AS_ENGLISH =
      Set.of(
          "champion.motivator/nb", // Bokmål "motivator"
          "cfir.d13/sv"); // Swedish "motivation"

  /** Descriptions are meant to be one or two plain sentences. */
  private static final int LONGEST_DESCRIPTION = 250;

  private static final List<Catalogue> CATALOGUES = new CatalogueLoader().loadBundled();

  @Test
  void shipsTheFourCataloguesInListingOrder() {
    assertThat(CATALOGUES)
        .extracting(Catalogue::code)
        .containsExactly("npt", "factor", "cfir", "champion");
  }

  @Test
  void nptHasFourComponentsAndFourteenPracticesGroupedAsInNadavEtAl() {
    Catalogue npt = catalogue("npt");

    assertThat(npt.atLevel("component"))
        .extracting(FrameworkEntry::code)
        .containsExactly(
            "npt.coherence",
            "npt.cognitive-participation",
            "npt.collective-action",
            "npt.reflexive-monitoring");
    assertThat(npt.atLevel("practice"))
        .extracting(FrameworkEntry::code)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 14).mapToObj("npt.p%02d"::formatted).toList());
    assertThat(npt.atLevel("practice"))
        .extracting(FrameworkEntry::label)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 14).mapToObj(String::valueOf).toList());
    assertThat(npt.entries()).hasSize(18);

    assertThat(codes(npt.children("npt.coherence")))
        .containsExactly("npt.p01", "npt.p02", "npt.p03");
    assertThat(codes(npt.children("npt.cognitive-participation")))
        .containsExactly("npt.p04", "npt.p05");
    assertThat(codes(npt.children("npt.collective-action")))
        .containsExactly("npt.p06", "npt.p07", "npt.p08", "npt.p09", "npt.p10");
    assertThat(codes(npt.children("npt.reflexive-monitoring")))
        .containsExactly("npt.p11", "npt.p12", "npt.p13", "npt.p14");
  }

  @Test
  void factorsAreTheSevenOfTheHealthFoundationFramework() {
    Catalogue factors = catalogue("factor");

    assertThat(factors.entries())
        .allSatisfy((entry) -> assertThat(entry.level()).isEqualTo("factor"));
    assertThat(codes(factors.entries()))
        .containsExactly(
            "factor.skills-knowledge",
            "factor.motivation-attitudes",
            "factor.user-centred-design",
            "factor.ways-of-working",
            "factor.safety-equity",
            "factor.resources-infrastructure",
            "factor.culture-leadership");
  }

  @Test
  void cfirHasFiveDomainsFortyEightConstructsAndNineteenSubConstructs() {
    Catalogue cfir = catalogue("cfir");

    assertThat(codes(cfir.atLevel("domain")))
        .containsExactly("cfir.a", "cfir.b", "cfir.c", "cfir.d", "cfir.e");
    assertThat(cfir.atLevel("construct")).hasSize(48);
    assertThat(cfir.atLevel("subconstruct")).hasSize(19);
    assertThat(cfir.entries()).hasSize(5 + 48 + 19);

    Map<String, Integer> constructsPerDomain =
        Map.of("cfir.a", 8, "cfir.b", 7, "cfir.c", 11, "cfir.d", 13, "cfir.e", 9);
    constructsPerDomain.forEach(
        (domain, count) -> {
          List<FrameworkEntry> constructs = cfir.children(domain);
          assertThat(constructs).as(domain).hasSize(count);
          assertThat(constructs)
              .as(domain)
              .allSatisfy((c) -> assertThat(c.level()).isEqualTo("construct"));
        });

    assertThat(cfir.atLevel("subconstruct"))
        .extracting(FrameworkEntry::label)
        .containsExactly(
            "B7a", "B7b", "B7c", "C1a", "C1b", "C1c", "C4a", "C4b", "C4c", "C4d", "C10a", "C10b",
            "C10c", "E2a", "E2b", "E6a", "E6b", "E8a", "E8b");
    assertThat(cfir.atLevel("subconstruct"))
        .allSatisfy(
            (sub) -> {
              FrameworkEntry parent = cfir.entry(sub.parent()).orElseThrow();
              assertThat(parent.level()).isEqualTo("construct");
              assertThat(sub.label()).startsWith(parent.label());
            });
  }

  @Test
  void cfirCodesFollowTheLiteratureLabels() {
    assertThat(catalogue("cfir").entries())
        .allSatisfy(
            (entry) -> {
              assertThat(entry.label()).isNotNull();
              assertThat(entry.code()).isEqualTo("cfir." + entry.label().toLowerCase(Locale.ROOT));
            });
    assertThat(catalogue("cfir").entry("cfir.c4d").map(FrameworkEntry::parent)).contains("cfir.c4");
    assertThat(catalogue("cfir").entry("cfir.b7").map(FrameworkEntry::parent)).contains("cfir.b");
  }

  @Test
  void championSubRolesAreTheSixOfPettersenEideAndBerg() {
    Catalogue champions = catalogue("champion");

    assertThat(champions.entries())
        .allSatisfy((entry) -> assertThat(entry.level()).isEqualTo("subrole"));
    assertThat(codes(champions.entries()))
        .containsExactly(
            "champion.motivator",
            "champion.bridge-builder",
            "champion.supervisor",
            "champion.advocate",
            "champion.problem-solver",
            "champion.peer-supporter");
  }

  @Test
  void everyTextExistsInAllFourLanguages() {
    for (Catalogue catalogue : CATALOGUES) {
      assertAllLanguages(catalogue.code(), catalogue.name());
      assertAllLanguages(catalogue.code(), catalogue.description());
      for (FrameworkEntry entry : catalogue.entries()) {
        assertAllLanguages(entry.code(), entry.name());
        assertAllLanguages(entry.code(), entry.description());
      }
    }
  }

  @Test
  void namesAreTranslatedNotCopiedFromEnglish() {
    for (Catalogue catalogue : CATALOGUES) {
      for (String language : List.of("fi", "sv", "nb")) {
        assertThat(catalogue.name().get(language))
            .as(catalogue.code() + "/" + language)
            .isNotEqualToIgnoringCase(catalogue.name().get("en"));
      }
      for (FrameworkEntry entry : catalogue.entries()) {
        for (String language : List.of("fi", "sv", "nb")) {
          if (SAME_WORD_AS_ENGLISH.contains(entry.code() + "/" + language)) {
            continue;
          }
          assertThat(entry.name().get(language))
              .as(entry.code() + "/" + language)
              .isNotEqualToIgnoringCase(entry.name().get("en"));
        }
      }
    }
  }

  @Test
  void sameWordExceptionsAreStillNeeded() {
    for (String exception : SAME_WORD_AS_ENGLISH) {
      String code = exception.substring(0, exception.indexOf('/'));
      String language = exception.substring(exception.indexOf('/') + 1);
      FrameworkEntry entry = entry(code);
      assertThat(entry.name().get(language))
          .as(exception)
          .isEqualToIgnoringCase(entry.name().get("en"));
    }
  }

  @Test
  void descriptionsAreTranslatedAndShort() {
    for (FrameworkEntry entry : allEntries().toList()) {
      for (String language : List.of("fi", "sv", "nb")) {
        assertThat(entry.description().get(language))
            .as(entry.code() + "/" + language)
            .isNotEqualTo(entry.description().get("en"));
      }
      for (String language : Languages.SUPPORTED) {
        assertThat(entry.description().get(language))
            .as(entry.code() + "/" + language)
            .hasSizeLessThanOrEqualTo(LONGEST_DESCRIPTION)
            .endsWith(".");
      }
    }
  }

  @Test
  void codesAreUniqueAcrossAllCatalogues() {
    Set<String> seen = new HashSet<>();
    allEntries().forEach((entry) -> assertThat(seen.add(entry.code())).as(entry.code()).isTrue());
    assertThat(seen).hasSize(18 + 7 + 72 + 6);
  }

  @Test
  void everyParentResolvesWithinItsCatalogue() {
    for (Catalogue catalogue : CATALOGUES) {
      for (FrameworkEntry entry : catalogue.entries()) {
        assertThat(entry.catalogue()).isEqualTo(catalogue.code());
        if (entry.parent() != null) {
          assertThat(catalogue.entry(entry.parent())).as(entry.code()).isPresent();
        }
      }
    }
  }

  @Test
  void everyCatalogueCitesItsSources() {
    for (Catalogue catalogue : CATALOGUES) {
      assertThat(catalogue.citations()).as(catalogue.code()).isNotEmpty();
      assertThat(catalogue.citations())
          .as(catalogue.code())
          .allSatisfy((citation) -> assertThat(citation).containsAnyOf("doi:10.", "https://"));
    }
    assertThat(catalogue("npt").citations())
        .anySatisfy((c) -> assertThat(c).contains("doi:10.2196/31668"));
    assertThat(catalogue("cfir").citations())
        .anySatisfy((c) -> assertThat(c).contains("doi:10.1186/s13012-022-01245-0"));
    assertThat(catalogue("champion").citations())
        .anySatisfy((c) -> assertThat(c).contains("doi:10.1186/s12913-025-12994-1"));
  }

  private static void assertAllLanguages(String code, Map<String, String> texts) {
    assertThat(texts).as(code).containsOnlyKeys(Languages.SUPPORTED);
    assertThat(texts.values()).as(code).allSatisfy((text) -> assertThat(text).isNotBlank());
  }

  private static Catalogue catalogue(String code) {
    return CATALOGUES.stream().filter((c) -> c.code().equals(code)).findFirst().orElseThrow();
  }

  private static FrameworkEntry entry(String code) {
    return allEntries().filter((e) -> e.code().equals(code)).findFirst().orElseThrow();
  }

  private static Stream<FrameworkEntry> allEntries() {
    return CATALOGUES.stream().flatMap((c) -> c.entries().stream());
  }

  private static List<String> codes(List<FrameworkEntry> entries) {
    return entries.stream().map(FrameworkEntry::code).toList();
  }
}
