package org.uptake.framework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads catalogue JSON and refuses anything that would let a wrong code or a missing translation
 * reach a user: every problem is reported as an {@link InvalidCatalogueException} naming the file
 * and the entry. Pure Java, so the checks are tested without Spring.
 */
final class CatalogueLoader {

  /** The catalogues shipped with Uptake, in the order they are listed to users. */
  static final List<String> BUNDLED =
      List.of(
          "framework/npt.json",
          "framework/factors.json",
          "framework/cfir.json",
          "framework/champion-roles.json");

  /** Levels that stand at the top of their catalogue. */
  private static final Set<String> TOP_LEVELS = Set.of("component", "domain", "factor", "subrole");

  /** For each level that sits under another, the level its parent must have. */
  private static final Map<String, String> PARENT_LEVELS =
      Map.of("practice", "component", "construct", "domain", "subconstruct", "construct");

  private static final Set<String> CATALOGUE_FIELDS =
      Set.of("code", "name", "description", "citations", "entries");

  private static final Set<String> ENTRY_FIELDS =
      Set.of("code", "level", "parent", "label", "name", "description");

  private static final Pattern CATALOGUE_CODE = Pattern.compile("[a-z][a-z0-9-]*");

  // The application's own JsonMapper may be configured leniently for the web layer; these files get
  // a strict one.
  private final JsonMapper mapper =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  List<Catalogue> loadBundled() {
    return loadResources(BUNDLED, CatalogueLoader.class.getClassLoader());
  }

  List<Catalogue> loadResources(List<String> paths, ClassLoader classLoader) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String path : paths) {
      sources.put(path, readResource(path, classLoader));
    }
    return load(sources);
  }

  /**
   * Parses each source and checks that no catalogue code repeats.
   *
   * @param sources JSON text by a name used in error messages (the resource path), in the order to
   *     keep
   */
  List<Catalogue> load(Map<String, String> sources) {
    List<Catalogue> catalogues = new ArrayList<>();
    Map<String, String> sourceByCatalogue = new LinkedHashMap<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Catalogue catalogue = parse(source.getKey(), source.getValue());
      String earlier = sourceByCatalogue.putIfAbsent(catalogue.code(), source.getKey());
      if (earlier != null) {
        throw new InvalidCatalogueException(
            source.getKey(),
            "catalogue code '" + catalogue.code() + "' is already used by " + earlier);
      }
      catalogues.add(catalogue);
    }
    return List.copyOf(catalogues);
  }

  Catalogue parse(String source, String json) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JacksonException e) {
      throw new InvalidCatalogueException(source, "is not valid JSON: " + e.getOriginalMessage());
    }
    Reader reader = new Reader(source);
    reader.requireObject(root, "the catalogue");
    reader.requireOnlyFields(root, CATALOGUE_FIELDS, "the catalogue");
    String code = reader.requiredText(root, "code", "the catalogue");
    if (!CATALOGUE_CODE.matcher(code).matches()) {
      throw reader.invalid(
          "catalogue code '" + code + "' must be lower-case letters, digits and hyphens");
    }
    Map<String, String> name = reader.texts(root, "name", "catalogue '" + code + "'");
    Map<String, String> description = reader.texts(root, "description", "catalogue '" + code + "'");
    List<String> citations = reader.citations(root, "catalogue '" + code + "'");
    List<FrameworkEntry> entries = reader.entries(root, code);
    checkTree(reader, entries);
    return new Catalogue(code, name, description, citations, entries);
  }

  private static void checkTree(Reader reader, List<FrameworkEntry> entries) {
    Map<String, FrameworkEntry> byCode = new LinkedHashMap<>();
    for (FrameworkEntry entry : entries) {
      if (byCode.putIfAbsent(entry.code(), entry) != null) {
        throw reader.invalid("code '" + entry.code() + "' appears more than once");
      }
    }
    for (FrameworkEntry entry : entries) {
      String parentCode = entry.parent();
      String where = "entry '" + entry.code() + "'";
      if (TOP_LEVELS.contains(entry.level())) {
        if (parentCode != null) {
          throw reader.invalid(
              where + ": a " + entry.level() + " is top-level and cannot have a parent");
        }
        continue;
      }
      String parentLevel = PARENT_LEVELS.get(entry.level());
      if (parentLevel == null) {
        throw reader.invalid(
            where + ": unknown level '" + entry.level() + "'; known levels are " + knownLevels());
      }
      if (parentCode == null) {
        throw reader.invalid(where + ": a " + entry.level() + " needs a parent " + parentLevel);
      }
      FrameworkEntry parent = byCode.get(parentCode);
      if (parent == null) {
        throw reader.invalid(
            where
                + ": parent '"
                + parentCode
                + "' is not an entry of catalogue '"
                + entry.catalogue()
                + "'");
      }
      if (!parent.level().equals(parentLevel)) {
        throw reader.invalid(
            where
                + ": parent '"
                + parentCode
                + "' is a "
                + parent.level()
                + ", but a "
                + entry.level()
                + " must sit under a "
                + parentLevel);
      }
    }
  }

  private static List<String> knownLevels() {
    Set<String> levels = new HashSet<>(TOP_LEVELS);
    levels.addAll(PARENT_LEVELS.keySet());
    return levels.stream().sorted().toList();
  }

  private static String readResource(String path, ClassLoader classLoader) {
    try (InputStream in = classLoader.getResourceAsStream(path)) {
      if (in == null) {
        throw new InvalidCatalogueException(path, "is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidCatalogueException(path, "cannot be read: " + e.getMessage());
    }
  }

  /** Field-by-field checks of one source, so every message names the source and the place in it. */
  private static final class Reader {

    private final String source;

    Reader(String source) {
      this.source = source;
    }

    InvalidCatalogueException invalid(String problem) {
      return new InvalidCatalogueException(source, problem);
    }

    void requireObject(JsonNode node, String where) {
      if (!node.isObject()) {
        throw invalid(where + " must be a JSON object");
      }
    }

    void requireOnlyFields(JsonNode node, Set<String> allowed, String where) {
      for (String field : node.propertyNames()) {
        if (!allowed.contains(field)) {
          throw invalid(
              where
                  + " has unknown field '"
                  + field
                  + "'; allowed are "
                  + allowed.stream().sorted().toList());
        }
      }
    }

    String requiredText(JsonNode node, String field, String where) {
      String text = optionalText(node, field, where);
      if (text == null) {
        throw invalid(where + " lacks '" + field + "'");
      }
      return text;
    }

    @Nullable String optionalText(JsonNode node, String field, String where) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isString() || value.stringValue().isBlank()) {
        throw invalid(where + ": '" + field + "' must be non-blank text or null");
      }
      return value.stringValue();
    }

    Map<String, String> texts(JsonNode node, String field, String where) {
      JsonNode value = node.get(field);
      if (value == null || !value.isObject()) {
        throw invalid(
            where
                + ": '"
                + field
                + "' must be an object with a text for each of "
                + Languages.SUPPORTED);
      }
      for (String language : value.propertyNames()) {
        if (!Languages.SUPPORTED.contains(language)) {
          throw invalid(
              where
                  + ": "
                  + field
                  + " has unsupported language '"
                  + language
                  + "'; expected "
                  + Languages.SUPPORTED);
        }
      }
      Map<String, String> texts = new LinkedHashMap<>();
      for (String language : Languages.SUPPORTED) {
        JsonNode text = value.get(language);
        if (text == null || text.isNull()) {
          throw invalid(where + ": " + field + " lacks language '" + language + "'");
        }
        if (!text.isString() || text.stringValue().isBlank()) {
          throw invalid(
              where + ": " + field + " in language '" + language + "' must be non-blank text");
        }
        texts.put(language, text.stringValue().strip());
      }
      return texts;
    }

    List<String> citations(JsonNode node, String where) {
      JsonNode value = node.get("citations");
      if (value == null || !value.isArray() || value.isEmpty()) {
        throw invalid(where + ": 'citations' must be a non-empty list of references");
      }
      List<String> citations = new ArrayList<>();
      for (JsonNode citation : value) {
        if (!citation.isString() || citation.stringValue().isBlank()) {
          throw invalid(where + ": every citation must be non-blank text");
        }
        citations.add(citation.stringValue().strip());
      }
      return citations;
    }

    List<FrameworkEntry> entries(JsonNode node, String catalogueCode) {
      JsonNode value = node.get("entries");
      if (value == null || !value.isArray() || value.isEmpty()) {
        throw invalid("catalogue '" + catalogueCode + "': 'entries' must be a non-empty list");
      }
      Pattern entryCode =
          Pattern.compile(Pattern.quote(catalogueCode) + "\\.[a-z0-9]+(-[a-z0-9]+)*");
      List<FrameworkEntry> entries = new ArrayList<>();
      int index = 0;
      for (JsonNode item : value) {
        String position = "entries[" + index++ + "]";
        requireObject(item, position);
        String code = requiredText(item, "code", position);
        String where = "entry '" + code + "'";
        if (!entryCode.matcher(code).matches()) {
          throw invalid(
              where
                  + ": code must be '"
                  + catalogueCode
                  + ".' followed by lower-case words joined by hyphens");
        }
        requireOnlyFields(item, ENTRY_FIELDS, where);
        entries.add(
            new FrameworkEntry(
                code,
                catalogueCode,
                requiredText(item, "level", where),
                optionalText(item, "parent", where),
                optionalText(item, "label", where),
                texts(item, "name", where),
                texts(item, "description", where)));
      }
      return entries;
    }
  }
}
