package org.uptake.framework;

/** How much work a strategy takes from the organisation, in the catalogue's three steps. */
public enum Effort {
  LOW,
  MEDIUM,
  HIGH;

  public String messageKey() {
    return "strategy.effort." + name();
  }
}
