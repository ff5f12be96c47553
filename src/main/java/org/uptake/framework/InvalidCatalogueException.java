package org.uptake.framework;

import java.io.Serial;

/** A catalogue file that cannot be trusted; the application must not start with it. */
final class InvalidCatalogueException extends IllegalStateException {

  @Serial private static final long serialVersionUID = 1L;

  InvalidCatalogueException(String source, String problem) {
    super("Framework catalogue " + source + " " + problem);
  }
}
