package org.uptake.survey.wave;

import java.io.Serial;

/**
 * A personal link or answering route that cannot be used now; nothing has been changed. The reason
 * is told in the person's language with its own HTTP status.
 */
public class AnswerRefused extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** Why, and the HTTP status it is answered with. */
  public enum Reason {
    /** No invitation has this link, or it is another organisation's. */
    UNKNOWN(404),
    NOT_YET_OPEN(404),
    CLOSED(410),
    ANSWERED(410);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }

    public String messageKey() {
      return "wave.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private final Reason reason;

  public AnswerRefused(Reason reason) {
    super(reason.name(), null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
