package org.uptake.framework;

import java.io.Serial;

/**
 * Thrown when a code that should name a framework entry names none, for example a mistyped CFIR
 * tag.
 */
public class UnknownFrameworkCodeException extends IllegalArgumentException {

  @Serial private static final long serialVersionUID = 1L;

  private final String code;

  public UnknownFrameworkCodeException(String code) {
    super("Unknown framework code '" + code + "'");
    this.code = code;
  }

  /** The code that matched no entry. */
  public String code() {
    return code;
  }
}
