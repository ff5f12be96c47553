package org.uptake.notification;

import java.util.regex.Pattern;

/**
 * One plain-text email to one person.
 *
 * @param to the recipient's address
 * @param subject the subject line, in the recipient's language
 * @param text the body, in the recipient's language
 * @param originModule the module that sends it, for the administrator's view of the outbox
 */
public record Mail(String to, String subject, String text, String originModule) {

  // Deliberately loose: the SMTP server is the judge of an address; this only refuses what cannot
  // be
  // one (no @, spaces, line breaks that would inject headers).
  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

  public Mail {
    if (!ADDRESS.matcher(to).matches()) {
      throw new IllegalArgumentException("not an email address");
    }
    if (subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
      throw new IllegalArgumentException("a subject is one line of text");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("an email needs a text");
    }
    if (originModule.isBlank()) {
      throw new IllegalArgumentException("the sending module must be named");
    }
  }
}
