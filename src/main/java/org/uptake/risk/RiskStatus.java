package org.uptake.risk;

/** Where a risk stands: open, reduced by its mitigations, accepted as it is, or gone. */
public enum RiskStatus {
  OPEN,
  MITIGATED,
  ACCEPTED,
  CLOSED;

  public String messageKey() {
    return "risk.status." + name();
  }
}
