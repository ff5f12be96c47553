package org.uptake.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The professional groups of a primary care and social services workforce. */
public enum ProfessionalGroup {
  REGISTERED_NURSE,
  PUBLIC_HEALTH_NURSE,
  PRACTICAL_NURSE,
  PHYSICIAN,
  SOCIAL_WORKER,
  DIGITAL_COUNSELLOR,
  OTHER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String messageKey() {
    return "group." + code();
  }

  /** The value for a code, ignoring case and accepting spaces or hyphens for underscores. */
  public static Optional<ProfessionalGroup> fromCode(String value) {
    String code = CellText.asCode(value);
    return Arrays.stream(values()).filter(group -> group.code().equals(code)).findFirst();
  }

  /** True only for a canonical code as {@link #code()} writes it. */
  public static boolean isCode(String code) {
    return Arrays.stream(values()).anyMatch(group -> group.code().equals(code));
  }
}
