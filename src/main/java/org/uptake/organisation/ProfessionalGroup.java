package org.uptake.organisation;

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

  public static Optional<ProfessionalGroup> fromCode(String code) {
    for (ProfessionalGroup group : values()) {
      if (group.code().equalsIgnoreCase(code.trim())) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }
}
