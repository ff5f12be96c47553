package org.uptake.organisation;

import java.util.List;

/**
 * The non-blank rows of a roster file (header first) and any problem met while reading them. A
 * reader that rejects the whole file returns no rows and the reason; one that stops part-way
 * (broken quoting) returns the rows before the break and the problem.
 */
record RawSheet(List<RawRow> rows, List<RosterProblem> problems) {

  RawSheet {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  static RawSheet rejected(RosterProblem problem) {
    return new RawSheet(List.of(), List.of(problem));
  }

  boolean isRejected() {
    return rows.isEmpty() && !problems.isEmpty();
  }
}
