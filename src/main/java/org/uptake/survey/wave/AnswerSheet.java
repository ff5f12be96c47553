package org.uptake.survey.wave;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.uptake.survey.Answer;
import org.uptake.survey.Instrument;
import org.uptake.survey.InstrumentProblem;
import org.uptake.survey.Item;
import org.uptake.survey.OptOut;
import org.uptake.survey.ResponseType;

/**
 * The answers of a filled-in form, read from its fields ({@code a_<linkId>}, several values for a
 * multiple choice): the answers that fit their items, a problem for each that does not, and the
 * required items left empty. An item whose condition is not met is ignored, answered or not, since
 * the form shows every item to browsers without JavaScript. Plain Java.
 */
public record AnswerSheet(
    Map<String, Answer> answers, Map<String, AnswerProblem> problems, List<String> missing) {

  public static final String PREFIX = "a_";
  static final int MAX_TEXT = 5_000;

  public AnswerSheet {
    answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    missing = List.copyOf(missing);
  }

  /** Ready to send: nothing wrong, nothing required left empty. */
  public boolean complete() {
    return problems.isEmpty() && missing.isEmpty();
  }

  /** Reads the form's fields against the instrument. */
  public static AnswerSheet read(Instrument instrument, Map<String, List<String>> fields) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    Map<String, AnswerProblem> problems = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      // conditions refer to earlier items, so the answers so far decide whether this one counts
      if (!item.shown(answers)) {
        continue;
      }
      List<String> values =
          fields.getOrDefault(PREFIX + item.linkId(), List.of()).stream()
              .map(String::strip)
              .filter(v -> !v.isEmpty())
              .toList();
      if (values.isEmpty()) {
        continue;
      }
      try {
        Answer answer = answer(item, values);
        item.check(answer);
        answers.put(item.linkId(), answer);
      } catch (InstrumentProblem problem) {
        problems.put(item.linkId(), new AnswerProblem(problem.key(), problem.args()));
      } catch (SheetProblem problem) {
        problems.put(item.linkId(), problem.problem);
      }
    }
    List<String> missing =
        instrument.missing(answers).stream().filter(id -> !problems.containsKey(id)).toList();
    return new AnswerSheet(answers, problems, missing);
  }

  /** The answers restored from saved progress, as the form shows them. */
  public static AnswerSheet of(Instrument instrument, Map<String, Answer> saved) {
    Map<String, Answer> kept = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      Answer answer = saved.get(item.linkId());
      if (answer != null) {
        kept.put(item.linkId(), answer);
      }
    }
    return new AnswerSheet(kept, Map.of(), List.of());
  }

  /** Whether a value is chosen for an item, for the form's radios and check boxes. */
  public boolean chosen(String linkId, String value) {
    Answer answer = answers.get(linkId);
    return answer != null && answer.matches(value);
  }

  /** The free text given to an item, or empty. */
  public String text(String linkId) {
    return answers.get(linkId) instanceof Answer.Text(String text) ? text : "";
  }

  private static Answer answer(Item item, List<String> values) {
    ResponseType type = item.type();
    if (type != ResponseType.MULTIPLE_CHOICE && values.size() > 1) {
      throw new SheetProblem("survey.problem.answer-one", item.linkId());
    }
    String value = values.getFirst();
    return switch (type) {
      case AGREEMENT_5 -> {
        Optional<OptOut> optOut = OptOut.ofCode(value);
        yield optOut.isPresent() ? new Answer.OptedOut(optOut.get()) : number(item, value);
      }
      case SCALE_0_10 -> number(item, value);
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Answer.Choices(new HashSet<>(values));
      case FREE_TEXT -> {
        if (value.length() > MAX_TEXT) {
          throw new SheetProblem("wave.answer.too-long", MAX_TEXT);
        }
        yield new Answer.Text(value);
      }
    };
  }

  private static Answer number(Item item, String value) {
    try {
      return new Answer.Numeric(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new SheetProblem(
          "survey.problem.answer-range",
          item.linkId(),
          value,
          item.type().min(),
          item.type().max());
    }
  }

  private static final class SheetProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient AnswerProblem problem;

    SheetProblem(String key, Object... args) {
      super(key, null, false, false);
      this.problem = new AnswerProblem(key, args);
    }
  }
}
