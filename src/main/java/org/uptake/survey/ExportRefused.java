package org.uptake.survey;

/** An export that the wave does not allow, such as people's responses from an anonymous wave. */
public class ExportRefused extends RuntimeException {

  private final String key;

  ExportRefused(String key, String message) {
    super(message);
    this.key = key;
  }

  /** The message key that explains the refusal. */
  public String key() {
    return key;
  }
}
