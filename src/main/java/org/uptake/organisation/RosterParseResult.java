package org.uptake.organisation;

import java.util.List;

/**
 * What came out of a roster file: the rows that passed every check, and every problem found.
 *
 * <p>A row with any problem is left out of {@code rows}. When the file as a whole is rejected (a
 * problem on line 0, or bad encoding) {@code rows} is empty. Only a clean result should be planned:
 * see {@link RosterPlanner#plan}.
 *
 * @param rows valid rows, in file order
 * @param problems problems, ordered by line
 */
public record RosterParseResult(List<RosterRow> rows, List<RosterProblem> problems) {

  public RosterParseResult {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  static RosterParseResult rejected(RosterProblem problem) {
    return new RosterParseResult(List.of(), List.of(problem));
  }

  /** True when the file had no problems at all, so its rows are the whole roster. */
  public boolean isClean() {
    return problems.isEmpty();
  }
}
