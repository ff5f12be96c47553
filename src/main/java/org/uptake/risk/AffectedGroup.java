package org.uptake.risk;

/** Who a safety or equity risk falls on. */
public enum AffectedGroup {
  LOW_DIGITAL_SKILLS,
  LANGUAGE,
  DISABILITY,
  AGE,
  DEVICE_SKIN_TONE,
  OTHER;

  public String messageKey() {
    return "risk.affects." + name();
  }
}
