package org.uptake.survey.wave;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.uptake.notification.Mail;

/** The texts of invitation and reminder mails, in the organisation's language. */
@Component
class InvitationMails {

  private final MessageSource messages;
  private final WaveProperties properties;

  InvitationMails(MessageSource messages, WaveProperties properties) {
    this.messages = messages;
    this.properties = properties;
  }

  String link(String secret) {
    return properties.base() + "/answer/" + secret;
  }

  Mail invitation(String to, String secret, String wave, LocalDate closesOn, Locale locale) {
    return mail("wave.mail.invitation", to, secret, wave, closesOn, locale);
  }

  Mail reminder(String to, String secret, String wave, LocalDate closesOn, Locale locale) {
    return mail("wave.mail.reminder", to, secret, wave, closesOn, locale);
  }

  private Mail mail(
      String key, String to, String secret, String wave, LocalDate closesOn, Locale locale) {
    String closes =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(closesOn);
    Object[] args = {wave, link(secret), closes};
    return new Mail(
        to,
        messages.getMessage(key + ".subject", args, locale),
        messages.getMessage(key + ".body", args, locale),
        "survey");
  }
}
