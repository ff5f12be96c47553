package org.uptake.survey;

import java.util.regex.Pattern;

/** What a group of items measures, such as an NPT component, and how its score is made. */
public record Construct(String code, Texts label, ScoringRule rule) {

  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public Construct {
    if (!CODE.matcher(code).matches()) {
      throw new InstrumentProblem(
          "survey.problem.code", "Code '" + code + "' is not a valid code", code);
    }
  }
}
