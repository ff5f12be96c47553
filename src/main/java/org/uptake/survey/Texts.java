package org.uptake.survey;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A text in the languages its author gave, by language code ({@code en}, {@code fi}, {@code sv},
 * {@code nb}). The first language given is the default, shown where a language is missing.
 */
public record Texts(Map<String, String> byLanguage) {

  public static final Set<String> LANGUAGES = Set.of("en", "fi", "sv", "nb");

  public Texts {
    if (byLanguage.isEmpty() || byLanguage.values().stream().allMatch(String::isBlank)) {
      throw new InstrumentProblem("survey.problem.text-missing", "A text is missing");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    byLanguage.forEach(
        (language, text) -> {
          if (!text.isBlank()) {
            copy.putIfAbsent(language(language), text.strip());
          }
        });
    byLanguage = java.util.Collections.unmodifiableMap(copy);
  }

  /** The language code of a tag: its language without region; Norwegian (no, nn) as nb. */
  public static String language(String tag) {
    String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
    return language.equals("no") || language.equals("nn") ? "nb" : language;
  }

  /** A text in English only. */
  public static Texts of(String english) {
    return new Texts(Map.of("en", english));
  }

  /** English first, then the other languages in the order given. */
  public static Texts of(String en, String fi, String sv, String nb) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("en", en);
    all.put("fi", fi);
    all.put("sv", sv);
    all.put("nb", nb);
    return new Texts(all);
  }

  /** The default language: the first given. */
  public String defaultLanguage() {
    return byLanguage.keySet().iterator().next();
  }

  /** The text in the default language. */
  public String text() {
    return byLanguage.get(defaultLanguage());
  }

  /** The text in the language, or in the default language if the author did not give it. */
  public String in(String language) {
    return byLanguage.getOrDefault(language(language), text());
  }

  public String in(Locale locale) {
    return in(locale.getLanguage());
  }
}
