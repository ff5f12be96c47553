package org.uptake.framework;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The framework catalogues bundled with Uptake, loaded once at startup. Construction fails, and so
 * does the application, if a catalogue file is malformed, lacks a text in one of the four
 * languages, names an unknown parent or repeats a code. Afterwards everything here is read-only and
 * safe to share between threads.
 */
@Component
public class Frameworks {

  private static final Logger log = LoggerFactory.getLogger(Frameworks.class);

  private final List<Catalogue> catalogues;

  private final Map<String, Catalogue> cataloguesByCode;

  private final Map<String, FrameworkEntry> entriesByCode;

  private final List<Strategy> strategies;

  /** Loads the catalogues bundled under {@code framework/} on the classpath. */
  public Frameworks() {
    this(new CatalogueLoader().loadBundled(), true);
    log.info(
        "Loaded {} framework catalogues with {} entries and {} strategies",
        catalogues.size(),
        entriesByCode.size(),
        strategies.size());
  }

  Frameworks(List<Catalogue> catalogues) {
    this(catalogues, false);
  }

  private Frameworks(List<Catalogue> catalogues, boolean withStrategies) {
    this.catalogues = List.copyOf(catalogues);
    Map<String, Catalogue> byCatalogue = new LinkedHashMap<>();
    Map<String, FrameworkEntry> byEntry = new LinkedHashMap<>();
    for (Catalogue catalogue : this.catalogues) {
      if (byCatalogue.putIfAbsent(catalogue.code(), catalogue) != null) {
        throw new IllegalArgumentException("Catalogue code '" + catalogue.code() + "' repeats");
      }
      for (FrameworkEntry entry : catalogue.entries()) {
        if (byEntry.putIfAbsent(entry.code(), entry) != null) {
          throw new IllegalArgumentException("Framework code '" + entry.code() + "' repeats");
        }
      }
    }
    this.cataloguesByCode = Map.copyOf(byCatalogue);
    this.entriesByCode = Map.copyOf(byEntry);
    this.strategies =
        withStrategies ? new StrategyLoader().loadBundled(entriesByCode::get) : List.of();
  }

  /** The strategy catalogue, in the order it is listed to users. */
  public List<Strategy> strategies() {
    return strategies;
  }

  /** The strategy with this code, for example {@code strategy.protected-learning-time}. */
  public Optional<Strategy> strategy(String code) {
    return strategies.stream().filter(strategy -> strategy.code().equals(code)).findFirst();
  }

  /** All catalogues: NPT, the seven factors, CFIR 2.0, champion sub-roles. */
  public List<Catalogue> catalogues() {
    return catalogues;
  }

  /** The catalogue with this code, for example {@code cfir}. */
  public Optional<Catalogue> catalogue(String code) {
    return Optional.ofNullable(cataloguesByCode.get(code));
  }

  /** The entry with this code in any catalogue, for example {@code cfir.c4d}. */
  public Optional<FrameworkEntry> entry(String code) {
    return Optional.ofNullable(entriesByCode.get(code));
  }

  /** Whether the code names an entry (not a catalogue) in any catalogue. */
  public boolean isKnown(String code) {
    return entriesByCode.containsKey(code);
  }

  /**
   * Checks codes before they are stored, for example the framework tags of a barrier.
   *
   * @throws UnknownFrameworkCodeException for the first code that names no entry
   */
  public void requireKnown(Collection<String> codes) {
    for (String code : codes) {
      if (!isKnown(code)) {
        throw new UnknownFrameworkCodeException(code);
      }
    }
  }
}
