package org.uptake.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

class RosterRowTest {

  @Test
  void blankOptionalValuesBecomeNull() {
    RosterRow row = new RosterRow(2, "E1", "A", "B", " ", "ER", "other", "");

    assertThat(row.email()).isNull();
    assertThat(row.shiftPattern()).isNull();
  }

  @Test
  void refusesWhatAParsedRowCannotBe() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RosterRow(0, "E1", "A", "B", null, "ER", "other", null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RosterRow(2, " ", "A", "B", null, "ER", "other", null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RosterRow(2, "E1", "A", "B", null, "ER", "Other", null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RosterRow(2, "E1", "A", "B", null, "ER", "other", "weekends"));
    assertThatNullPointerException()
        .isThrownBy(() -> new RosterRow(2, "E1", null, "B", null, "ER", "other", null));
  }

  @Test
  void problemsCopyTheirArgsAndRefuseNegativeLines() {
    List<String> args = new java.util.ArrayList<>(List.of("unit"));
    RosterProblem problem = new RosterProblem(0, RosterProblem.MISSING_COLUMN, args);
    args.add("changed");

    assertThat(problem.args()).containsExactly("unit");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new RosterProblem(-1, RosterProblem.EMPTY_FILE, List.of()));
  }

  @Test
  void everyReasonIsARosterErrorKey() {
    assertThat(RosterProblem.REASONS)
        .doesNotHaveDuplicates()
        .allMatch(reason -> reason.startsWith("roster.error."));
  }
}
