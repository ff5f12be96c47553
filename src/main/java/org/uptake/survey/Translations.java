package org.uptake.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;

/**
 * Texts in several languages as FHIR strings: the default language as the value, the others in the
 * standard translation extension on the element ({@code _text}, {@code _display}, ...).
 */
final class Translations {

  static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";

  private Translations() {}

  static StringType toFhir(Texts texts) {
    StringType value = new StringType(texts.text());
    write(texts, value);
    return value;
  }

  /** Puts the texts on an existing element: its value and the translation extensions. */
  static void write(Texts texts, StringType element) {
    element.setValue(texts.text());
    texts
        .byLanguage()
        .forEach(
            (language, text) -> {
              if (!language.equals(texts.defaultLanguage())) {
                Extension translation = element.addExtension().setUrl(TRANSLATION);
                translation.addExtension("lang", new CodeType(language));
                translation.addExtension("content", new StringType(text));
              }
            });
  }

  /** The texts of an element, the default in the given language; null if it has no text. */
  static @Nullable Texts fromFhir(@Nullable StringType element, String defaultLanguage) {
    if (element == null || element.getValue() == null || element.getValue().isBlank()) {
      return null;
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put(defaultLanguage, element.getValue());
    for (Extension translation : element.getExtensionsByUrl(TRANSLATION)) {
      Extension lang = translation.getExtensionByUrl("lang");
      Extension content = translation.getExtensionByUrl("content");
      if (lang != null && content != null && lang.getValue() != null) {
        String code = lang.getValue().primitiveValue();
        String text = content.getValue() == null ? null : content.getValue().primitiveValue();
        if (code != null && text != null && !all.containsKey(code)) {
          all.put(code, text);
        }
      }
    }
    return new Texts(all);
  }
}
