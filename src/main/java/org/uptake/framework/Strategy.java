package org.uptake.framework;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An implementation strategy of the catalogue, such as protected time to learn or champions with
 * defined roles.
 *
 * @param code stable identifier that other modules store, for example {@code
 *     strategy.protected-learning-time}
 * @param effort how much work it takes
 * @param addresses the framework entry codes (CFIR constructs and sub-constructs, NPT components
 *     and practices, factors) it addresses
 * @param name name by language code
 * @param description what to do, by language code
 * @param citations the studies the links come from; empty where the link is our own reasoning
 */
public record Strategy(
    String code,
    Effort effort,
    List<String> addresses,
    Map<String, String> name,
    Map<String, String> description,
    List<String> citations) {

  public Strategy {
    addresses = List.copyOf(addresses);
    name = Map.copyOf(name);
    description = Map.copyOf(description);
    citations = List.copyOf(citations);
  }

  public String name(Locale locale) {
    return Languages.pick(name, locale);
  }

  public String description(Locale locale) {
    return Languages.pick(description, locale);
  }
}
