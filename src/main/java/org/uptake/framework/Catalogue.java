package org.uptake.framework;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One framework, such as NPT or CFIR 2.0, with its entries in the order the literature presents
 * them.
 *
 * @param code stable identifier of the catalogue, for example {@code npt}; every entry code starts
 *     with it and a dot
 * @param name name by language code ({@code en}, {@code fi}, {@code sv}, {@code nb})
 * @param description plain-language description by language code
 * @param citations full references, with doi where the source has one
 * @param entries all entries, parents before their children
 */
public record Catalogue(
    String code,
    Map<String, String> name,
    Map<String, String> description,
    List<String> citations,
    List<FrameworkEntry> entries) {

  public Catalogue {
    name = Map.copyOf(name);
    description = Map.copyOf(description);
    citations = List.copyOf(citations);
    entries = List.copyOf(entries);
  }

  /** The name in the locale's language; English when we have no text in that language. */
  public String name(Locale locale) {
    return Languages.pick(name, locale);
  }

  /** The description in the locale's language; English when we have no text in that language. */
  public String description(Locale locale) {
    return Languages.pick(description, locale);
  }

  /** Entries without a parent: the NPT components, the CFIR domains, the factors, the sub-roles. */
  public List<FrameworkEntry> topLevel() {
    return entries.stream().filter(FrameworkEntry::isTopLevel).toList();
  }

  /**
   * Entries directly under the given code, in catalogue order; empty if it has none or is unknown.
   */
  public List<FrameworkEntry> children(String parentCode) {
    return entries.stream().filter((entry) -> Objects.equals(entry.parent(), parentCode)).toList();
  }

  /** Entries of one level, for example {@code construct}, in catalogue order. */
  public List<FrameworkEntry> atLevel(String level) {
    return entries.stream().filter((entry) -> entry.level().equals(level)).toList();
  }

  public Optional<FrameworkEntry> entry(String entryCode) {
    return entries.stream().filter((entry) -> entry.code().equals(entryCode)).findFirst();
  }
}
