package org.uptake.survey;

import java.util.Set;

/**
 * One person's answer to one item. The answer is checked against its item by {@link
 * Item#check(Answer)}; the shapes here only refuse what no item could take.
 */
public sealed interface Answer {

  /** Whether a condition "= value" holds for this answer. */
  boolean matches(String value);

  /** A point on an agreement item or a 0–10 scale. */
  record Numeric(int value) implements Answer {
    @Override
    public boolean matches(String expected) {
      return Integer.toString(value).equals(expected);
    }
  }

  /** "Not relevant ..." on an agreement item. */
  record OptedOut(OptOut reason) implements Answer {
    @Override
    public boolean matches(String expected) {
      return reason.code().equals(expected);
    }
  }

  /** The codes chosen on a choice item: one for a single choice. */
  record Choices(Set<String> codes) implements Answer {
    public Choices {
      if (codes.isEmpty()) {
        throw new InstrumentProblem("survey.problem.answer-empty", "No answer chosen");
      }
      codes = Set.copyOf(codes);
    }

    @Override
    public boolean matches(String expected) {
      return codes.contains(expected);
    }
  }

  /** Free text. */
  record Text(String text) implements Answer {
    public Text {
      if (text.isBlank()) {
        throw new InstrumentProblem("survey.problem.answer-empty", "No answer given");
      }
    }

    @Override
    public boolean matches(String expected) {
      return text.equals(expected);
    }
  }
}
