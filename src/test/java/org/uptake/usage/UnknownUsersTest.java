package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnknownUsersTest {

  private static UsageEvent by(String user) {
    return new UsageEvent("ehr", Instant.parse("2026-03-01T08:00:00Z"), user, "open", null, null);
  }

  @Test
  void countsAndListsEventsOfUsersNotOnTheRoster() {
    UnknownUsers unknown = new UnknownUsers(Set.of("anna", "bert"));

    for (String user : new String[] {"anna", "x9", "bert", "x9", "y7", "anna"}) {
      unknown.accept(by(user));
    }

    assertThat(unknown.events()).isEqualTo(3);
    assertThat(unknown.listed()).containsExactly(Map.entry("x9", 2L), Map.entry("y7", 1L));
    assertThat(unknown.truncated()).isFalse();
    assertThat(unknown.isKnown(by("anna"))).isTrue();
    assertThat(unknown.isKnown(by("Anna"))).isFalse();
  }

  @Test
  void listsAtMostAThousandIdsButCountsEveryEvent() {
    UnknownUsers unknown = new UnknownUsers(Set.of());

    for (int i = 0; i < UnknownUsers.MAX_LISTED + 500; i++) {
      unknown.accept(by("stranger-" + i));
    }
    unknown.accept(by("stranger-0"));

    assertThat(unknown.events()).isEqualTo(UnknownUsers.MAX_LISTED + 501);
    assertThat(unknown.listed()).hasSize(UnknownUsers.MAX_LISTED).containsEntry("stranger-0", 2L);
    assertThat(unknown.truncated()).isTrue();
  }
}
