package org.uptake.implementation.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.uptake.implementation.PlanRuleException;

/**
 * Puts a refused change into words: on the form field it is about, or as one sentence for the page.
 */
@Component
class Refusals {

  private final MessageSource messages;

  Refusals(MessageSource messages) {
    this.messages = messages;
  }

  /** The reason in the user's language, with dates written the local way. */
  String text(PlanRuleException refusal, Locale locale) {
    return messages.getMessage(refusal.reason(), args(refusal, locale), refusal.reason(), locale);
  }

  /**
   * Marks the field the refusal is about, or the whole form if it is about none of the form's
   * fields.
   */
  void reject(PlanRuleException refusal, BindingResult errors, Locale locale) {
    String field = refusal.field();
    if (field != null && errors.getTarget() != null && hasField(errors, field)) {
      errors.rejectValue(field, refusal.reason(), args(refusal, locale), refusal.reason());
    } else {
      errors.reject(refusal.reason(), args(refusal, locale), refusal.reason());
    }
  }

  private static boolean hasField(BindingResult errors, String field) {
    try {
      return errors.getFieldType(field) != null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  static Object[] args(PlanRuleException refusal, Locale locale) {
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    return Arrays.stream(refusal.args())
        .map(arg -> arg instanceof LocalDate date ? dates.format(date) : arg)
        .toArray();
  }
}
