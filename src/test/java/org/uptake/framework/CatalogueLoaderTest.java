package org.uptake.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CatalogueLoaderTest {

  private static final String TEXTS =
      """
      {"en": "Text", "fi": "Teksti", "sv": "Text på svenska", "nb": "Tekst"}""";

  private final CatalogueLoader loader = new CatalogueLoader();

  @Test
  void readsAWellFormedCatalogue() {
    Catalogue catalogue =
        loader.parse(
            "demo.json",
            catalogue(
                "demo",
                entry("demo.whole", "component", null, null),
                entry("demo.part", "practice", "demo.whole", "1")));

    assertThat(catalogue.code()).isEqualTo("demo");
    assertThat(catalogue.name()).containsOnlyKeys("en", "fi", "sv", "nb");
    assertThat(catalogue.citations())
        .containsExactly("Author A. A paper. J Demo. 2020;1:1. doi:10.1000/demo");
    assertThat(catalogue.entries())
        .extracting(
            FrameworkEntry::code,
            FrameworkEntry::catalogue,
            FrameworkEntry::parent,
            FrameworkEntry::label)
        .containsExactly(
            tuple("demo.whole", "demo", null, null), tuple("demo.part", "demo", "demo.whole", "1"));
  }

  @Test
  void acceptsAParentListedAfterItsChild() {
    Catalogue catalogue =
        loader.parse(
            "demo.json",
            catalogue(
                "demo",
                entry("demo.part", "practice", "demo.whole", null),
                entry("demo.whole", "component", null, null)));

    assertThat(catalogue.children("demo.whole"))
        .extracting(FrameworkEntry::code)
        .containsExactly("demo.part");
  }

  @Test
  void rejectsTextThatIsNotJson() {
    assertRejected("{\"code\": \"demo\", ", "demo.json is not valid JSON");
  }

  @Test
  void rejectsContentAfterTheCatalogue() {
    assertRejected(
        catalogue("demo", entry("demo.whole", "component", null, null)) + " {}", "not valid JSON");
  }

  @Test
  void rejectsARepeatedJsonField() {
    String json =
        catalogue("demo", entry("demo.whole", "component", null, null))
            .replaceFirst("\"code\": \"demo\"", "\"code\": \"demo\", \"code\": \"other\"");

    assertRejected(json, "not valid JSON");
  }

  @Test
  void rejectsARootThatIsNotAnObject() {
    assertRejected("[]", "the catalogue must be a JSON object");
  }

  @Test
  void rejectsAMisspelledField() {
    String json =
        catalogue("demo", entry("demo.whole", "component", null, null))
            .replace("\"citations\"", "\"citation\"");

    assertRejected(json, "unknown field 'citation'");
  }

  @Test
  void rejectsAnEntryWithAMissingLanguage() {
    String entry =
        """
        {"code": "demo.whole", "level": "component", "parent": null, "label": null,
         "name": {"en": "Whole", "fi": "Kokonaisuus", "nb": "Helhet"}, "description": %s}"""
            .formatted(TEXTS);

    assertRejected(catalogue("demo", entry), "entry 'demo.whole': name lacks language 'sv'");
  }

  @Test
  void rejectsACatalogueWithAMissingLanguage() {
    String json =
        catalogue("demo", entry("demo.whole", "component", null, null))
            .replaceFirst(", \"nb\": \"Tekst\"", "");

    assertRejected(json, "catalogue 'demo': name lacks language 'nb'");
  }

  @Test
  void rejectsBlankText() {
    String entry =
        """
        {"code": "demo.whole", "level": "component", "name": %s,
         "description": {"en": "Fine", "fi": "  ", "sv": "Bra", "nb": "Bra"}}"""
            .formatted(TEXTS);

    assertRejected(catalogue("demo", entry), "description in language 'fi' must be non-blank text");
  }

  @Test
  void rejectsALanguageWeDoNotSupport() {
    String entry =
        """
        {"code": "demo.whole", "level": "component", "description": %s,
         "name": {"en": "Whole", "fi": "Kokonaisuus", "sv": "Helhet", "nb": "Helhet", "no": "Helhet"}}"""
            .formatted(TEXTS);

    assertRejected(catalogue("demo", entry), "unsupported language 'no'");
  }

  @Test
  void rejectsAnUnknownParent() {
    assertRejected(
        catalogue(
            "demo",
            entry("demo.whole", "component", null, null),
            entry("demo.part", "practice", "demo.missing", null)),
        "entry 'demo.part': parent 'demo.missing' is not an entry of catalogue 'demo'");
  }

  @Test
  void rejectsAParentFromAnotherCatalogue() {
    assertRejected(
        catalogue("demo", entry("demo.part", "practice", "npt.coherence", null)),
        "parent 'npt.coherence' is not an entry of catalogue 'demo'");
  }

  @Test
  void rejectsAParentOfTheWrongLevel() {
    assertRejected(
        catalogue(
            "demo",
            entry("demo.whole", "component", null, null),
            entry("demo.part", "practice", "demo.whole", null),
            entry("demo.bit", "practice", "demo.part", null)),
        "entry 'demo.bit': parent 'demo.part' is a practice, but a practice must sit under a component");
  }

  @Test
  void rejectsAChildLevelWithoutAParent() {
    assertRejected(
        catalogue("demo", entry("demo.part", "subconstruct", null, null)),
        "a subconstruct needs a parent construct");
  }

  @Test
  void rejectsATopLevelEntryWithAParent() {
    assertRejected(
        catalogue(
            "demo",
            entry("demo.whole", "domain", null, null),
            entry("demo.other", "domain", "demo.whole", null)),
        "a domain is top-level and cannot have a parent");
  }

  @Test
  void rejectsAnUnknownLevel() {
    assertRejected(
        catalogue("demo", entry("demo.whole", "chapter", null, null)), "unknown level 'chapter'");
  }

  @Test
  void rejectsACodeThatRepeats() {
    assertRejected(
        catalogue(
            "demo",
            entry("demo.whole", "component", null, null),
            entry("demo.whole", "component", null, null)),
        "code 'demo.whole' appears more than once");
  }

  @Test
  void rejectsACatalogueCodeThatRepeatsAcrossFiles() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("first.json", catalogue("demo", entry("demo.whole", "component", null, null)));
    sources.put("second.json", catalogue("demo", entry("demo.other", "component", null, null)));

    assertThatThrownBy(() -> loader.load(sources))
        .isInstanceOf(InvalidCatalogueException.class)
        .hasMessageContaining("second.json")
        .hasMessageContaining("catalogue code 'demo' is already used by first.json");
  }

  @Test
  void rejectsAnEntryCodeOutsideItsCatalogue() {
    assertRejected(
        catalogue("demo", entry("other.whole", "component", null, null)),
        "entry 'other.whole': code must be 'demo.'");
  }

  @Test
  void rejectsAnEntryWithoutACode() {
    String entry =
        """
        {"level": "component", "name": %s, "description": %s}"""
            .formatted(TEXTS, TEXTS);

    assertRejected(catalogue("demo", entry), "entries[0] lacks 'code'");
  }

  @Test
  void rejectsAnEmptyLabel() {
    assertRejected(
        catalogue("demo", entry("demo.whole", "component", null, "")),
        "'label' must be non-blank text or null");
  }

  @Test
  void rejectsMissingCitations() {
    String json =
        catalogue("demo", entry("demo.whole", "component", null, null))
            .replace("[\"Author A. A paper. J Demo. 2020;1:1. doi:10.1000/demo\"]", "[]");

    assertRejected(json, "'citations' must be a non-empty list");
  }

  @Test
  void rejectsACatalogueWithoutEntries() {
    assertRejected(catalogue("demo"), "'entries' must be a non-empty list");
  }

  @Test
  void reportsAFileMissingFromTheClasspath() {
    assertThatThrownBy(
            () ->
                loader.loadResources(
                    List.of("framework/nowhere.json"), getClass().getClassLoader()))
        .isInstanceOf(InvalidCatalogueException.class)
        .hasMessage("Framework catalogue framework/nowhere.json is not on the classpath");
  }

  private void assertRejected(String json, String expectedMessagePart) {
    assertThatThrownBy(() -> loader.parse("demo.json", json))
        .isInstanceOf(InvalidCatalogueException.class)
        .hasMessageStartingWith("Framework catalogue demo.json ")
        .hasMessageContaining(expectedMessagePart);
  }

  private static String catalogue(String code, String... entries) {
    return """
        {"code": "%s", "name": %s, "description": %s,
         "citations": ["Author A. A paper. J Demo. 2020;1:1. doi:10.1000/demo"],
         "entries": [%s]}"""
        .formatted(code, TEXTS, TEXTS, String.join(",\n", entries));
  }

  private static String entry(
      String code, String level, @Nullable String parent, @Nullable String label) {
    return """
        {"code": "%s", "level": "%s", "parent": %s, "label": %s, "name": %s, "description": %s}"""
        .formatted(code, level, quoted(parent), quoted(label), TEXTS, TEXTS);
  }

  private static String quoted(@Nullable String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }
}
