package org.uptake.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.uptake.platform.Languages;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.wave.AnswerPage;
import org.uptake.survey.wave.WaveId;

/**
 * Whole blank answering pages of personal links, kept: the first visit of a wave's blank form in a
 * language is rendered in full and kept with its link's secret taken out; later visits get the kept
 * page with their own secret put in. The secret is the only part of such a page that differs from
 * one person to another (a test renders both ways and compares), as long as
 *
 * <ul>
 *   <li>the form is blank (no saved answers, no problems: {@link AnswerForms#blank}),
 *   <li>no one is signed in (the layout would show their name and menu) and no flash message waits,
 *   <li>the language is one Uptake speaks, exactly (so a visitor cannot fill the map with made-up
 *       language tags),
 * </ul>
 *
 * <p>and the key holds everything else the page shows: the instrument version, the wave, its name,
 * whether it is anonymous and its closing day (a wave can be renamed or extended while open), and
 * the context path. Anything else is rendered in full, as before. The kept pages are bounded: at
 * most {@value #MAX_PAGES}, then they are all let go and kept afresh.
 */
@Component
class AnswerPages {

  static final int MAX_PAGES = 500;
  private static final String VIEW = "survey/answer";
  // a secret's shape: 43 characters of the URL-safe Base64 alphabet (InvitationSecrets)
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
  // never a secret: a link's secret never holds '.'; escaped nowhere in HTML or a URL
  private static final String HOLE = "...secret-of-the-link...";

  private record Key(
      InstrumentId instrument,
      WaveId wave,
      String name,
      boolean anonymous,
      LocalDate closesOn,
      Locale locale,
      String contextPath) {}

  private final ThymeleafViewResolver views;
  private final Map<Key, String> pages = new ConcurrentHashMap<>();

  AnswerPages(ThymeleafViewResolver views) {
    this.views = views;
  }

  /**
   * Writes the page of a personal link from the kept pages if it can be kept, rendering and keeping
   * it on the first visit.
   *
   * @param model the page's model, as the controller made it for a full rendering
   * @return whether the page was written; if not, render the view as usual
   */
  boolean write(
      AnswerPage page,
      String secret,
      Map<String, Object> model,
      HttpServletRequest request,
      HttpServletResponse response)
      throws Exception {
    if (model.get("items") == null
        || model.get("me") != null
        || !SECRET.matcher(secret).matches()
        || hasFlash(request)) {
      return false;
    }
    Locale locale = LocaleContextHolder.getLocale();
    if (!Languages.SUPPORTED.contains(locale)) {
      return false;
    }
    Key key =
        new Key(
            page.instrumentId(),
            page.wave(),
            page.name(),
            page.anonymous(),
            page.closesOn(),
            locale,
            request.getContextPath());
    String kept = pages.get(key);
    if (kept == null) {
      String rendered = render(model, locale, request, response);
      if (pages.size() >= MAX_PAGES) {
        pages.clear();
      }
      pages.put(key, rendered.replace(secret, HOLE));
      return true;
    }
    // as the dispatcher and the view do for a rendered page
    response.setLocale(locale);
    response.setContentType("text/html;charset=UTF-8");
    byte[] body = kept.replace(HOLE, secret).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    return true;
  }

  /** Renders the view as the dispatcher would, into the response and into the returned text. */
  private String render(
      Map<String, Object> model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response)
      throws Exception {
    View view = views.resolveViewName(VIEW, locale);
    if (view == null) {
      throw new IOException("no view " + VIEW);
    }
    response.setLocale(locale);
    ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
    view.render(model, request, capture);
    String html = new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8);
    capture.copyBodyToResponse();
    return html;
  }

  private static boolean hasFlash(HttpServletRequest request) {
    Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
    return flash != null && !flash.isEmpty();
  }

  /** Lets go of every kept page (for tests). */
  void clear() {
    pages.clear();
  }
}
