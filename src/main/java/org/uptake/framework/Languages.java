package org.uptake.framework;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The languages every catalogue text is written in, and how a locale picks one of them. */
final class Languages {

  static final List<String> SUPPORTED = List.of("en", "fi", "sv", "nb");

  static final String FALLBACK = "en";

  private Languages() {}

  /**
   * The supported language to show for a locale: English unless the locale asks for one we have.
   */
  static String of(Locale locale) {
    String language = locale.getLanguage();
    return switch (language) {
      // Norwegian arrives as the macrolanguage "no" as often as "nb"; Nynorsk readers read Bokmål
      // more easily than English, so they get Bokmål too.
      case "no", "nb", "nn" -> "nb";
      case "en", "fi", "sv" -> language;
      default -> FALLBACK;
    };
  }

  static String pick(Map<String, String> texts, Locale locale) {
    String text = texts.get(of(locale));
    if (text != null) {
      return text;
    }
    return texts.getOrDefault(FALLBACK, "");
  }
}
