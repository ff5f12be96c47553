package org.uptake.implementation.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;

/**
 * What this module's pages share: whether to offer the planning forms (the methods behind them
 * check again), and dates written the way the reader's language writes them.
 */
@ControllerAdvice(basePackageClasses = PlannerAdvice.class)
class PlannerAdvice {

  /** Dates for templates: {@code ${dates.format(day)}}, a dash for no date. */
  record Dates(DateTimeFormatter formatter) {
    public String format(@Nullable LocalDate day) {
      return day == null ? "–" : formatter.format(day);
    }
  }

  @ModelAttribute("canPlan")
  boolean canPlan() {
    return CurrentUser.find().map(user -> user.hasAny(Role.ADMIN, Role.LEAD)).orElse(false);
  }

  @ModelAttribute("dates")
  Dates dates(Locale locale) {
    return new Dates(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
  }
}
