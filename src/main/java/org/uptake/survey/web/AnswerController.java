package org.uptake.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.uptake.survey.Texts;
import org.uptake.survey.wave.AnswerPage;
import org.uptake.survey.wave.AnswerProblem;
import org.uptake.survey.wave.AnswerRefused;
import org.uptake.survey.wave.Responses;
import org.uptake.survey.wave.WaveId;

/**
 * Answering a wave: by personal link with no sign-in ({@code /answer/{secret}}, open to anyone who
 * has the link), or signed in from the inbox ({@code /waves/{id}/answer}). One plain form; "save"
 * keeps progress, "send" checks and sends the answers once.
 */
@Controller
class AnswerController {

  private final Responses responses;
  private final MessageSource messages;
  private final AnswerForms forms;
  private final AnswerPages pages;

  AnswerController(
      Responses responses, MessageSource messages, AnswerForms forms, AnswerPages pages) {
    this.responses = responses;
    this.messages = messages;
    this.forms = forms;
    this.pages = pages;
  }

  @GetMapping("/answer/{secret}")
  @PreAuthorize("permitAll()")
  @Nullable String byLink(
      @PathVariable String secret,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response)
      throws Exception {
    AnswerPage page = responses.page(secret);
    String view = form(page, "/answer/" + secret, false, model);
    // a blank form is written from the kept pages when it can be (AnswerPages)
    return pages.write(page, secret, model.asMap(), request, response) ? null : view;
  }

  @PostMapping("/answer/{secret}")
  @PreAuthorize("permitAll()")
  String answerByLink(
      @PathVariable String secret,
      @RequestParam(defaultValue = "save") String action,
      @RequestParam MultiValueMap<String, String> fields,
      Model model) {
    String path = "/answer/" + secret;
    if (action.equals("send")) {
      return responses
          .submit(secret, fields)
          .map(page -> form(page, path, false, model))
          .orElse("redirect:/answer/thanks");
    }
    return form(responses.save(secret, fields), path, true, model);
  }

  @GetMapping("/answer/thanks")
  @PreAuthorize("permitAll()")
  String thanks() {
    return "survey/answer-thanks";
  }

  @GetMapping("/waves/{id}/answer")
  @PreAuthorize("isAuthenticated()")
  String signedIn(@PathVariable UUID id, Model model) {
    return form(responses.page(new WaveId(id)), "/waves/" + id + "/answer", false, model);
  }

  @PostMapping("/waves/{id}/answer")
  @PreAuthorize("isAuthenticated()")
  String answerSignedIn(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "save") String action,
      @RequestParam MultiValueMap<String, String> fields,
      Model model) {
    String path = "/waves/" + id + "/answer";
    WaveId wave = new WaveId(id);
    if (action.equals("send")) {
      return responses
          .submit(wave, fields)
          .map(page -> form(page, path, false, model))
          .orElse("redirect:/answer/thanks");
    }
    return form(responses.save(wave, fields), path, true, model);
  }

  @ExceptionHandler(AnswerRefused.class)
  String refused(AnswerRefused refused, HttpServletResponse response, Model model) {
    response.setStatus(refused.reason().status());
    model.addAttribute("reason", refused.reason().messageKey());
    return "survey/answer-refused";
  }

  private String form(AnswerPage page, String path, boolean savedNow, Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    String lang = Texts.language(locale.toLanguageTag());
    Map<String, String> errors = new LinkedHashMap<>();
    page.sheet()
        .problems()
        .forEach((linkId, problem) -> errors.put(linkId, describe(problem, locale)));
    List<Map.Entry<String, String>> missing = new ArrayList<>();
    for (String linkId : page.sheet().missing()) {
      page.instrument()
          .item(linkId)
          .ifPresent(item -> missing.add(Map.entry(linkId, item.text().in(lang))));
    }
    model.addAttribute("page", page);
    model.addAttribute("view", new AnswerView(page.instrument(), lang));
    model.addAttribute("sheet", page.sheet());
    model.addAttribute("errors", errors);
    model.addAttribute("missing", missing);
    model.addAttribute("action", path);
    model.addAttribute("savedNow", savedNow);
    model.addAttribute("lang", lang);
    model.addAttribute("items", forms.blank(page, lang).orElse(null));
    return "survey/answer";
  }

  private String describe(AnswerProblem problem, Locale locale) {
    return messages.getMessage(problem.key(), problem.args(), problem.key(), locale);
  }
}
