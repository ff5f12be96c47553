package org.uptake.risk.web;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mitigation the register refused, carried over the redirect so that its risk's card shows why,
 * beside the form, with what was typed still in it.
 *
 * @param risk the risk it was for
 * @param messageKey why it was refused
 */
record RefusedMitigation(
    UUID risk, String messageKey, String title, @Nullable UUID owner, @Nullable LocalDate dueDate) {

  /** Whether this was refused for the risk given (the card it belongs to). */
  public boolean isFor(UUID other) {
    return risk.equals(other);
  }
}
