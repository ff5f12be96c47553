package org.uptake.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworksTest {

  private static final Frameworks frameworks = new Frameworks();

  @Test
  void findsCataloguesAndEntriesByCode() {
    assertThat(frameworks.catalogues()).hasSize(4);
    assertThat(frameworks.catalogue("cfir")).map(Catalogue::code).contains("cfir");
    assertThat(frameworks.catalogue("eric")).isEmpty();

    FrameworkEntry learning = frameworks.entry("cfir.c4d").orElseThrow();
    assertThat(learning.catalogue()).isEqualTo("cfir");
    assertThat(learning.level()).isEqualTo("subconstruct");
    assertThat(learning.parent()).isEqualTo("cfir.c4");
    assertThat(learning.label()).isEqualTo("C4d");
    assertThat(learning.name(Locale.ENGLISH)).isEqualTo("Learning-Centeredness");

    assertThat(frameworks.entry("npt.p15")).isEmpty();
  }

  @Test
  void knowsEntryCodesButNotCatalogueCodes() {
    assertThat(frameworks.isKnown("npt.p12")).isTrue();
    assertThat(frameworks.isKnown("factor.safety-equity")).isTrue();
    assertThat(frameworks.isKnown("champion.peer-supporter")).isTrue();
    assertThat(frameworks.isKnown("cfir.b7c")).isTrue();
    assertThat(frameworks.isKnown("npt")).isFalse();
    assertThat(frameworks.isKnown("CFIR.C4D")).isFalse();
    assertThat(frameworks.isKnown("")).isFalse();
  }

  @Test
  void requireKnownAcceptsKnownCodes() {
    assertThatNoException()
        .isThrownBy(() -> frameworks.requireKnown(List.of("npt.p01", "cfir.e8b")));
    assertThatNoException().isThrownBy(() -> frameworks.requireKnown(List.of()));
  }

  @Test
  void requireKnownNamesTheFirstUnknownCode() {
    assertThatThrownBy(() -> frameworks.requireKnown(List.of("npt.p01", "cfir.z9", "npt.p99")))
        .isInstanceOfSatisfying(
            UnknownFrameworkCodeException.class, (e) -> assertThat(e.code()).isEqualTo("cfir.z9"))
        .hasMessageContaining("cfir.z9");
  }

  @Test
  void textsFollowTheLocaleAndFallBackToEnglish() {
    FrameworkEntry easyToUse = frameworks.entry("npt.p11").orElseThrow();

    assertThat(easyToUse.name(Locale.forLanguageTag("fi-FI")))
        .isEqualTo("Palvelu on helppokäyttöinen");
    assertThat(easyToUse.name(Locale.forLanguageTag("sv-FI")))
        .isEqualTo("Tjänsten är lätt att använda");
    assertThat(easyToUse.name(Locale.forLanguageTag("nb-NO")))
        .isEqualTo("Tjenesten er enkel å bruke");
    assertThat(easyToUse.name(Locale.forLanguageTag("no"))).isEqualTo("Tjenesten er enkel å bruke");
    assertThat(easyToUse.name(Locale.forLanguageTag("nn-NO")))
        .isEqualTo("Tjenesten er enkel å bruke");
    assertThat(easyToUse.name(Locale.GERMAN)).isEqualTo("The service is easy to use");
    assertThat(easyToUse.name(Locale.ROOT)).isEqualTo("The service is easy to use");
    assertThat(easyToUse.description(Locale.forLanguageTag("fi")))
        .isEqualTo(easyToUse.description().get("fi"));
  }

  @Test
  void catalogueTextsFollowTheLocaleToo() {
    Catalogue cfir = frameworks.catalogue("cfir").orElseThrow();

    assertThat(cfir.name(Locale.forLanguageTag("no"))).isEqualTo(cfir.name().get("nb"));
    assertThat(cfir.description(Locale.forLanguageTag("pl")))
        .isEqualTo(cfir.description().get("en"));
  }

  @Test
  void fallsBackToEnglishWhenATextIsMissing() {
    FrameworkEntry englishOnly =
        new FrameworkEntry(
            "demo.x", "demo", "factor", null, null, Map.of("en", "Only English"), Map.of());

    assertThat(englishOnly.name(Locale.forLanguageTag("fi"))).isEqualTo("Only English");
    assertThat(englishOnly.description(Locale.forLanguageTag("fi"))).isEmpty();
  }

  @Test
  void catalogueHelpersWalkTheTree() {
    Catalogue npt = frameworks.catalogue("npt").orElseThrow();

    assertThat(npt.topLevel())
        .extracting(FrameworkEntry::level)
        .containsOnly("component")
        .hasSize(4);
    assertThat(npt.children("npt.coherence"))
        .extracting(FrameworkEntry::code)
        .containsExactly("npt.p01", "npt.p02", "npt.p03");
    assertThat(npt.children("npt.p01")).isEmpty();
    assertThat(npt.children("npt.unknown")).isEmpty();
    assertThat(npt.entry("npt.p14")).isPresent();
  }

  @Test
  void exposesNothingThatCanBeChanged() {
    Catalogue npt = frameworks.catalogue("npt").orElseThrow();

    assertThatThrownBy(() -> frameworks.catalogues().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> npt.entries().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> npt.entries().getFirst().name().put("en", "changed"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesCataloguesThatRepeatACode() {
    Catalogue npt = frameworks.catalogue("npt").orElseThrow();

    assertThatThrownBy(() -> new Frameworks(List.of(npt, npt)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'npt' repeats");
  }
}
