package org.uptake.determinant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.uptake.determinant.ActionStatus.Change;

class ActionStatusTest {

  @Test
  void namedChangesMoveAnActionThroughItsLife() {
    assertThat(ActionStatus.PLANNED.after(Change.START)).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(ActionStatus.IN_PROGRESS.after(Change.COMPLETE)).isEqualTo(ActionStatus.DONE);
    assertThat(ActionStatus.PLANNED.after(Change.DROP)).isEqualTo(ActionStatus.DROPPED);
    assertThat(ActionStatus.DONE.after(Change.REOPEN)).isEqualTo(ActionStatus.IN_PROGRESS);
  }

  @Test
  void illegalMovesAreRefused() {
    assertThatThrownBy(() -> ActionStatus.DONE.after(Change.START))
        .isInstanceOf(ActionRuleException.class)
        .hasMessageContaining("DONE cannot START");
    assertThatThrownBy(() -> ActionStatus.DROPPED.after(Change.COMPLETE))
        .isInstanceOf(ActionRuleException.class);
    assertThatThrownBy(() -> ActionStatus.IN_PROGRESS.after(Change.START))
        .isInstanceOf(ActionRuleException.class);
    assertThatThrownBy(() -> ActionStatus.PLANNED.after(Change.REOPEN))
        .isInstanceOf(ActionRuleException.class);
    assertThat(ActionStatus.PLANNED.allowed())
        .containsExactly(Change.START, Change.COMPLETE, Change.DROP);
    assertThat(ActionStatus.DONE.allowed()).containsExactly(Change.REOPEN);
  }

  @Test
  void onlyOpenActionsPastTheirDueDateAreOverdue() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertThat(Action.overdue(ActionStatus.PLANNED, today.minusDays(1), today)).isTrue();
    assertThat(Action.overdue(ActionStatus.IN_PROGRESS, today, today)).isFalse();
    assertThat(Action.overdue(ActionStatus.DONE, today.minusDays(9), today)).isFalse();
    assertThat(Action.overdue(ActionStatus.DROPPED, today.minusDays(9), today)).isFalse();
    assertThat(Action.overdue(ActionStatus.PLANNED, null, today)).isFalse();
  }
}
