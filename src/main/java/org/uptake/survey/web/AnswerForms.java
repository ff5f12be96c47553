package org.uptake.survey.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.uptake.platform.Languages;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.wave.AnswerPage;
import org.uptake.survey.wave.AnswerSheet;

/**
 * The questions of a blank answering form, rendered once per instrument version and language and
 * kept: a published version never changes (a database trigger freezes it), and the form of a person
 * with no saved answers and no problems is the same for everyone. About 130 radio buttons and their
 * labels are otherwise rendered on every visit of a link. A form with saved answers or problems is
 * rendered in full by the page. Only the languages Uptake speaks are kept, so the number of entries
 * is bounded by the instruments in use.
 */
@Component
class AnswerForms {

  private record Key(InstrumentId instrument, String lang) {}

  private final TemplateEngine templates;
  private final Map<Key, String> blank = new ConcurrentHashMap<>();

  AnswerForms(TemplateEngine templates) {
    this.templates = templates;
  }

  /** The rendered questions of the page's form if it is blank and its language is kept. */
  Optional<String> blank(AnswerPage page, String lang) {
    if (!page.sheet().answers().isEmpty()
        || !page.sheet().problems().isEmpty()
        || !page.sheet().missing().isEmpty()
        || Languages.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(lang))) {
      return Optional.empty();
    }
    return Optional.of(
        blank.computeIfAbsent(new Key(page.instrumentId(), lang), key -> render(page, lang)));
  }

  private String render(AnswerPage page, String lang) {
    Context context = new Context(Locale.forLanguageTag(lang));
    context.setVariable("view", new AnswerView(page.instrument(), lang));
    context.setVariable("sheet", AnswerSheet.of(page.instrument(), Map.of()));
    context.setVariable("errors", Map.of());
    context.setVariable("lang", lang);
    return templates.process("survey/answer-items", Set.of("items"), context);
  }
}
