package org.uptake.survey;

/** One answer of a choice item: its code and its label. */
public record AnswerOption(String code, Texts label) {

  public AnswerOption {
    if (!Construct.CODE.matcher(code).matches()) {
      throw new InstrumentProblem(
          "survey.problem.code", "Code '" + code + "' is not a valid code", code);
    }
  }
}
