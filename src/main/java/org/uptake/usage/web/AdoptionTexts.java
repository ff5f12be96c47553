package org.uptake.usage.web;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The messages of one page in one language, for texts written many times on it: each message's
 * pattern is looked up once and its {@link MessageFormat} made once (as Spring's message source
 * makes it), so that a table's hundreds of cells neither look the message up again nor wait for the
 * message source's shared, synchronised format. Not thread-safe: one per request.
 */
final class AdoptionTexts {

  private final MessageSource messages;
  private final Locale locale;
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, MessageFormat> formats = new HashMap<>();

  AdoptionTexts(MessageSource messages, Locale locale) {
    this.messages = messages;
    this.locale = locale;
  }

  /** A message without arguments. */
  String text(String key) {
    return texts.computeIfAbsent(key, k -> messages.getMessage(k, null, locale));
  }

  /** A message with arguments, numbers written as the reader's language writes them. */
  String format(String key, Object... arguments) {
    return formats
        .computeIfAbsent(key, k -> new MessageFormat(messages.getMessage(k, null, locale), locale))
        .format(arguments);
  }
}
