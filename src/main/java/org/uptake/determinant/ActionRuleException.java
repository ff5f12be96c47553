package org.uptake.determinant;

import java.io.Serial;

/**
 * A change the action plan refuses, such as an action without an owner or finishing a dropped
 * action. The message is for developers; {@link #messageKey()} names the text for users.
 */
public class ActionRuleException extends IllegalArgumentException {

  @Serial private static final long serialVersionUID = 1L;

  private final String messageKey;

  public ActionRuleException(String messageKey, String message) {
    super(message);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
