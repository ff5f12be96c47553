package org.uptake.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The professional groups a member of staff can belong to; the code is what files and tables hold.
 */
enum ProfessionalGroup {
  REGISTERED_NURSE,
  PUBLIC_HEALTH_NURSE,
  PRACTICAL_NURSE,
  PHYSICIAN,
  SOCIAL_WORKER,
  DIGITAL_COUNSELLOR,
  OTHER;

  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The group for a code, ignoring case and accepting spaces or hyphens for underscores. */
  static Optional<ProfessionalGroup> fromCode(String value) {
    String code = CellText.asCode(value);
    return Arrays.stream(values()).filter(group -> group.code().equals(code)).findFirst();
  }

  /** True only for a canonical code as {@link #code()} writes it. */
  static boolean isCode(String code) {
    return Arrays.stream(values()).anyMatch(group -> group.code().equals(code));
  }
}
