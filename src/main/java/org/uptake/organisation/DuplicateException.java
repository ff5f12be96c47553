package org.uptake.organisation;

/** A unit code or employee number that is already in use in this organisation. */
public class DuplicateException extends RuntimeException {

  private final String field;

  public DuplicateException(String field) {
    super(field + " already in use");
    this.field = field;
  }

  public String field() {
    return field;
  }
}
