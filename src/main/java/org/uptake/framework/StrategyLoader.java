package org.uptake.framework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the strategy catalogue and refuses a file that names a framework code no catalogue knows, a
 * level a strategy cannot address, an unknown effort or a missing translation. Pure Java.
 */
final class StrategyLoader {

  static final String BUNDLED = "framework/strategies.json";

  /**
   * The levels of framework entry a strategy may address: the ones a determinant is tagged with.
   */
  static final Set<String> ADDRESSABLE =
      Set.of("construct", "subconstruct", "component", "practice", "factor");

  private static final Set<String> ROOT_FIELDS =
      Set.of("code", "name", "description", "strategies");
  private static final Set<String> FIELDS =
      Set.of("code", "effort", "addresses", "name", "description", "citations");
  private static final Pattern CODE = Pattern.compile("strategy\\.[a-z0-9]+(-[a-z0-9]+)*");

  private final JsonMapper mapper =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  List<Strategy> loadBundled(Function<String, @Nullable FrameworkEntry> entries) {
    try (InputStream in = StrategyLoader.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new InvalidCatalogueException(BUNDLED, "is not on the classpath");
      }
      return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8), entries);
    } catch (IOException e) {
      throw new InvalidCatalogueException(BUNDLED, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Parses the catalogue.
   *
   * @param entries the framework entry of a code, or null for a code no catalogue knows
   */
  List<Strategy> parse(
      String source, String json, Function<String, @Nullable FrameworkEntry> entries) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JacksonException e) {
      throw new InvalidCatalogueException(source, "is not valid JSON: " + e.getOriginalMessage());
    }
    if (!root.isObject()) {
      throw new InvalidCatalogueException(source, "must be a JSON object");
    }
    onlyFields(source, root, ROOT_FIELDS, "the catalogue");
    JsonNode list = root.get("strategies");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new InvalidCatalogueException(source, "'strategies' must be a non-empty list");
    }
    List<Strategy> strategies = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (JsonNode item : list) {
      String code = item.path("code").asString("");
      String where = "strategy '" + code + "'";
      if (!CODE.matcher(code).matches()) {
        throw new InvalidCatalogueException(
            source, where + ": code must be 'strategy.' followed by lower-case words and hyphens");
      }
      if (!codes.add(code)) {
        throw new InvalidCatalogueException(source, where + " appears more than once");
      }
      onlyFields(source, item, FIELDS, where);
      Effort effort;
      try {
        effort = Effort.valueOf(item.path("effort").asString("").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidCatalogueException(source, where + ": effort must be low, medium or high");
      }
      List<String> addresses = texts(source, item.get("addresses"), where + ": addresses", false);
      for (String address : addresses) {
        FrameworkEntry entry = entries.apply(address);
        if (entry == null) {
          throw new InvalidCatalogueException(
              source, where + ": addresses unknown framework code '" + address + "'");
        }
        if (!ADDRESSABLE.contains(entry.level())) {
          throw new InvalidCatalogueException(
              source, where + ": cannot address '" + address + "', a " + entry.level());
        }
      }
      strategies.add(
          new Strategy(
              code,
              effort,
              addresses,
              languages(source, item.get("name"), where + ": name"),
              languages(source, item.get("description"), where + ": description"),
              texts(source, item.get("citations"), where + ": citations", true)));
    }
    return List.copyOf(strategies);
  }

  private static void onlyFields(String source, JsonNode node, Set<String> allowed, String where) {
    for (String field : node.propertyNames()) {
      if (!allowed.contains(field)) {
        throw new InvalidCatalogueException(source, where + " has unknown field '" + field + "'");
      }
    }
  }

  private static List<String> texts(
      String source, JsonNode node, String where, boolean mayBeEmpty) {
    if (node == null || !node.isArray() || (!mayBeEmpty && node.isEmpty())) {
      throw new InvalidCatalogueException(source, where + " must be a list of texts");
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode text : node) {
      if (!text.isString() || text.stringValue().isBlank()) {
        throw new InvalidCatalogueException(source, where + " must hold non-blank texts");
      }
      texts.add(text.stringValue().strip());
    }
    return texts;
  }

  private static Map<String, String> languages(String source, JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw new InvalidCatalogueException(source, where + " must be an object by language");
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : node.propertyNames()) {
      if (!Languages.SUPPORTED.contains(language)) {
        throw new InvalidCatalogueException(
            source, where + " has unsupported language '" + language + "'");
      }
    }
    for (String language : Languages.SUPPORTED) {
      JsonNode text = node.get(language);
      if (text == null || !text.isString() || text.stringValue().isBlank()) {
        throw new InvalidCatalogueException(source, where + " lacks language '" + language + "'");
      }
      texts.put(language, text.stringValue().strip());
    }
    return texts;
  }
}
