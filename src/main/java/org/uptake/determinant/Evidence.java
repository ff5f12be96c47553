package org.uptake.determinant;

import java.util.Objects;

/** A source of a determinant with what it says, for example a quotation from an interview. */
public record Evidence(EvidenceKind kind, String text) {

  public Evidence {
    Objects.requireNonNull(kind, "kind");
    text = DeterminantDetails.required(text, "evidence text");
  }
}
