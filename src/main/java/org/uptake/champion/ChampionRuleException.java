package org.uptake.champion;

/** A champion assignment that breaks a rule; the message is a message key for the user. */
public class ChampionRuleException extends RuntimeException {

  public ChampionRuleException(String messageKey) {
    super(messageKey);
  }

  public String messageKey() {
    return getMessage();
  }
}
