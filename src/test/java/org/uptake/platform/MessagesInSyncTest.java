package org.uptake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label exists in English, Finnish, Swedish and Norwegian Bokmål, and every key a template
 * uses exists.
 */
class MessagesInSyncTest {

  private static final Path I18N = Path.of("src/main/resources/i18n");
  private static final List<String> TRANSLATIONS = List.of("fi", "sv", "nb");

  @Test
  void everyBundleHasTheSameKeysInAllFourLanguagesAndNoEmptyText() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String bundle : bundles()) {
      Properties english = load(bundle, null);
      for (String language : TRANSLATIONS) {
        Properties translated = load(bundle, language);
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        missing.forEach(key -> problems.add(bundle + "_" + language + " lacks " + key));
        extra.forEach(
            key -> problems.add(bundle + "_" + language + " has a key English lacks: " + key));
        translated.forEach(
            (key, value) -> {
              if (value.toString().isBlank()) {
                problems.add(bundle + "_" + language + " has an empty " + key);
              }
            });
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
    // MessageFormat reads a single ' as the start of a quoted section and drops it from the text.
    Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
    List<String> wrong = new ArrayList<>();
    for (String bundle : bundles()) {
      for (String language : List.of("", "fi", "sv", "nb")) {
        Properties messages = load(bundle, language.isEmpty() ? null : language);
        messages.forEach(
            (key, value) -> {
              String text = value.toString();
              if (text.matches("(?s).*\\{\\d+[^}]*}.*") && loneApostrophe.matcher(text).find()) {
                wrong.add(bundle + (language.isEmpty() ? "" : "_" + language) + ": " + key);
              }
            });
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyBundleIsConfiguredAndEveryConfiguredBundleExists() throws IOException {
    Properties application = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
      application.load(in);
    }
    Set<String> configured = new TreeSet<>();
    for (String basename : application.getProperty("spring.messages.basename").split(",")) {
      configured.add(basename.trim().substring("i18n/".length()));
    }
    assertThat(configured).isEqualTo(new TreeSet<>(bundles()));
  }

  @Test
  void everyMessageKeyUsedInATemplateExists() throws IOException {
    Set<String> known = new TreeSet<>();
    for (String bundle : bundles()) {
      known.addAll(load(bundle, null).stringPropertyNames());
    }
    Pattern literalKey = Pattern.compile("#\\{([a-z][a-z0-9._-]+)[}(]");
    List<String> unknown = new ArrayList<>();
    try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher matcher = literalKey.matcher(Files.readString(template));
        while (matcher.find()) {
          if (!known.contains(matcher.group(1))) {
            unknown.add(template.getFileName() + ": " + matcher.group(1));
          }
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  private static List<String> bundles() throws IOException {
    try (Stream<Path> files = Files.list(I18N)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".properties") && !name.contains("_"))
          .map(name -> name.substring(0, name.length() - ".properties".length()))
          .sorted()
          .toList();
    }
  }

  private static Properties load(String bundle, String language) throws IOException {
    Path file = I18N.resolve(bundle + (language == null ? "" : "_" + language) + ".properties");
    Properties properties = new Properties();
    try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
