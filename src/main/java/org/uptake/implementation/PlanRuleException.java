package org.uptake.implementation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A change the plan's rules refuse. The reason is a message key with arguments, so pages can say
 * why in the user's language; the field, if any, is the form field the reason is about.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class PlanRuleException extends RuntimeException {

  private final @Nullable String field;
  private final String reason;
  private final List<Object> args;

  public PlanRuleException(@Nullable String field, String reason, Object... args) {
    super(reason);
    this.field = field;
    this.reason = reason;
    this.args = List.of(args);
  }

  public @Nullable String field() {
    return field;
  }

  /** The message key of the reason. */
  public String reason() {
    return reason;
  }

  public Object[] args() {
    return args.toArray();
  }
}
