package org.uptake.platform;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/** A text that was to be a FHIR resource of some type and is not: not JSON, or another type. */
public class FhirFormatException extends IllegalArgumentException {

  @Serial private static final long serialVersionUID = 1L;

  /** What is wrong with the text. */
  public enum Kind {
    MALFORMED,
    WRONG_TYPE
  }

  private final Kind kind;
  private final @Nullable String detail;

  public FhirFormatException(Kind kind, @Nullable String detail) {
    super(kind == Kind.MALFORMED ? "Not a FHIR JSON resource" : "A FHIR " + detail + " resource");
    this.kind = kind;
    this.detail = detail;
  }

  public Kind kind() {
    return kind;
  }

  /** The parser's message for malformed text, the resource type found for the wrong type. */
  public @Nullable String detail() {
    return detail;
  }
}
