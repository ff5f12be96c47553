package org.uptake.framework;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a framework catalogue, such as an NPT practice, a CFIR construct or a champion
 * sub-role.
 *
 * @param code stable identifier that other modules store, for example {@code npt.p12} or {@code
 *     cfir.c4d}
 * @param catalogue code of the catalogue the entry belongs to, for example {@code cfir}
 * @param level kind of entry: {@code component}, {@code practice}, {@code domain}, {@code
 *     construct}, {@code subconstruct}, {@code factor} or {@code subrole}
 * @param parent code of the entry this one sits under, or {@code null} for a top-level entry
 * @param label the literature's own short label (such as {@code C4d} or {@code 12}), or {@code
 *     null} where it has none
 * @param name name by language code ({@code en}, {@code fi}, {@code sv}, {@code nb})
 * @param description plain-language description by language code
 */
public record FrameworkEntry(
    String code,
    String catalogue,
    String level,
    @Nullable String parent,
    @Nullable String label,
    Map<String, String> name,
    Map<String, String> description) {

  public FrameworkEntry {
    name = Map.copyOf(name);
    description = Map.copyOf(description);
  }

  /** The name in the locale's language; English when we have no text in that language. */
  public String name(Locale locale) {
    return Languages.pick(name, locale);
  }

  /** The description in the locale's language; English when we have no text in that language. */
  public String description(Locale locale) {
    return Languages.pick(description, locale);
  }

  public boolean isTopLevel() {
    return parent == null;
  }
}
