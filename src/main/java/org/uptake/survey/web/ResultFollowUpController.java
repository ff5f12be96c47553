package org.uptake.survey.web;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.uptake.survey.FollowUpRules;

/** The lead's follow-up thresholds of a wave, and "check now". */
@Controller
class ResultFollowUpController {

  static final String PREFIX = "threshold.";

  private final FollowUpRules rules;

  ResultFollowUpController(FollowUpRules rules) {
    this.rules = rules;
  }

  @PostMapping("/waves/{id}/follow-up")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String save(
      @PathVariable UUID id,
      @RequestParam Map<String, String> form,
      Locale locale,
      RedirectAttributes redirect) {
    Map<String, @Nullable Double> thresholds = new LinkedHashMap<>();
    for (var entry : form.entrySet()) {
      if (!entry.getKey().startsWith(PREFIX)) {
        continue;
      }
      String value = entry.getValue().strip();
      if (value.isEmpty()) {
        thresholds.put(entry.getKey().substring(PREFIX.length()), null);
        continue;
      }
      Double number = parse(value, locale);
      if (number == null) {
        redirect.addFlashAttribute("error", "results.follow-up.invalid");
        return back(id);
      }
      thresholds.put(entry.getKey().substring(PREFIX.length()), number);
    }
    try {
      rules.setThresholds(id, thresholds);
    } catch (IllegalArgumentException unknownConstruct) {
      redirect.addFlashAttribute("error", "results.follow-up.invalid");
      return back(id);
    }
    redirect.addFlashAttribute("message", "results.follow-up.saved");
    return back(id);
  }

  @PostMapping("/waves/{id}/follow-up/check")
  @PreAuthorize("hasAnyRole('ADMIN','LEAD')")
  String check(@PathVariable UUID id, RedirectAttributes redirect) {
    redirect.addFlashAttribute("followUpTasks", rules.check(id));
    return back(id);
  }

  /** A number in the reader's way (3,5 in Finnish) or with a point. */
  private static @Nullable Double parse(String value, Locale locale) {
    for (Locale way : new Locale[] {locale, Locale.ROOT}) {
      ParsePosition position = new ParsePosition(0);
      Number number = NumberFormat.getNumberInstance(way).parse(value, position);
      if (number != null && position.getIndex() == value.length()) {
        double result = number.doubleValue();
        return Double.isFinite(result) ? result : null;
      }
    }
    return null;
  }

  private static String back(UUID id) {
    return "redirect:/waves/" + id + "/results#follow-up";
  }
}
