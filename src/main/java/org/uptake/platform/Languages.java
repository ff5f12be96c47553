package org.uptake.platform;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The four languages Uptake speaks, and how a browser's language maps onto them. */
public final class Languages {

  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale FINNISH = Locale.of("fi");
  public static final Locale SWEDISH = Locale.of("sv");
  public static final Locale NORWEGIAN = Locale.of("nb");
  public static final List<Locale> SUPPORTED = List.of(ENGLISH, FINNISH, SWEDISH, NORWEGIAN);

  private Languages() {}

  /**
   * The supported language for a requested one: Norwegian (no, nn, nb) is Bokmål; anything unknown
   * is null.
   */
  public static @Nullable Locale supported(@Nullable Locale requested) {
    if (requested == null) {
      return null;
    }
    String language = requested.getLanguage();
    if (language.equals("no") || language.equals("nn")) {
      return NORWEGIAN;
    }
    for (Locale locale : SUPPORTED) {
      if (locale.getLanguage().equals(language)) {
        return locale;
      }
    }
    return null;
  }
}
