package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LapseRuleTest {

  private static final LocalDate LIVE = LocalDate.of(2026, 3, 1);
  private final LapseRule rule = new LapseRule(14);

  @Test
  void someoneWhoNeverUsedItLapsesNDaysAfterGoLive() {
    PersonUsage anna = new PersonUsage("anna", LIVE, null);

    assertThat(rule.assess(anna, LIVE.minusDays(30))).isEmpty();
    assertThat(rule.assess(anna, LIVE.plusDays(13))).isEmpty();
    assertThat(rule.assess(anna, LIVE.plusDays(14)))
        .contains(new Lapse("anna", LapseKind.NEVER_STARTED, LIVE));
  }

  @Test
  void someoneWhoStoppedLapsesNDaysAfterTheirLastUse() {
    LocalDate lastUse = LIVE.plusDays(5);
    PersonUsage bert = new PersonUsage("bert", LIVE, lastUse);

    assertThat(rule.assess(bert, lastUse.plusDays(13))).isEmpty();
    assertThat(rule.assess(bert, lastUse.plusDays(14)))
        .contains(new Lapse("bert", LapseKind.STOPPED, lastUse));
  }

  @Test
  void useInAPilotBeforeGoLiveDoesNotMakeAnyoneLapseEarly() {
    LocalDate pilot = LIVE.minusDays(60);
    PersonUsage cecilia = new PersonUsage("cecilia", LIVE, pilot);

    assertThat(rule.assess(cecilia, LIVE.plusDays(13))).isEmpty();
    assertThat(rule.assess(cecilia, LIVE.plusDays(14)))
        .contains(new Lapse("cecilia", LapseKind.STOPPED, pilot));
  }

  @Test
  void nightlyRunsOpenOneFollowUpPerEpisodeAndANewOneAfterAReturn() {
    Set<Lapse> opened = new HashSet<>();
    List<Lapse> log = new ArrayList<>();
    LocalDate firstUse = LIVE.plusDays(2);
    LocalDate returned = LIVE.plusDays(40);
    for (LocalDate today = LIVE; today.isBefore(LIVE.plusDays(90)); today = today.plusDays(1)) {
      LocalDate lastUse =
          today.isBefore(firstUse) ? null : today.isBefore(returned) ? firstUse : returned;
      List<Lapse> fresh =
          rule.newEpisodes(List.of(new PersonUsage("dan", LIVE, lastUse)), today, opened);
      opened.addAll(fresh);
      log.addAll(fresh);
    }

    assertThat(log)
        .containsExactly(
            new Lapse("dan", LapseKind.STOPPED, firstUse),
            new Lapse("dan", LapseKind.STOPPED, returned));
  }

  @Test
  void newEpisodesLeaveOutThoseAlreadyOpened() {
    PersonUsage anna = new PersonUsage("anna", LIVE, null);
    PersonUsage bert = new PersonUsage("bert", LIVE, LIVE);
    LocalDate today = LIVE.plusDays(20);
    Lapse annas = rule.assess(anna, today).orElseThrow();

    assertThat(rule.newEpisodes(List.of(anna, bert), today, Set.of(annas)))
        .containsExactly(new Lapse("bert", LapseKind.STOPPED, LIVE));
  }

  @Test
  void nMustBeAtLeastOneDay() {
    assertThatIllegalArgumentException().isThrownBy(() -> new LapseRule(0));
    assertThat(new LapseRule(1).assess(new PersonUsage("x", LIVE, LIVE), LIVE))
        .isEqualTo(Optional.empty());
  }

  @Test
  void neverStartedAndStoppedMayHaveTheirOwnN() {
    LapseRule twoNs = new LapseRule(7, 21);
    PersonUsage anna = new PersonUsage("anna", LIVE, null);
    PersonUsage bert = new PersonUsage("bert", LIVE, LIVE.plusDays(1));

    assertThat(twoNs.assess(anna, LIVE.plusDays(7)))
        .contains(new Lapse("anna", LapseKind.NEVER_STARTED, LIVE));
    assertThat(twoNs.assess(bert, LIVE.plusDays(21))).isEmpty();
    assertThat(twoNs.assess(bert, LIVE.plusDays(22)))
        .contains(new Lapse("bert", LapseKind.STOPPED, LIVE.plusDays(1)));
    assertThatIllegalArgumentException().isThrownBy(() -> new LapseRule(7, 0));
  }

  @Test
  void anyUseEndsNeverStartedAndOnlyALaterUseEndsStopped() {
    Lapse never = new Lapse("anna", LapseKind.NEVER_STARTED, LIVE);
    Lapse stopped = new Lapse("bert", LapseKind.STOPPED, LIVE.plusDays(3));

    assertThat(LapseRule.endedByUse(never, null)).isFalse();
    assertThat(LapseRule.endedByUse(never, LIVE.plusDays(20))).isTrue();
    assertThat(LapseRule.endedByUse(stopped, LIVE.plusDays(3))).isFalse();
    assertThat(LapseRule.endedByUse(stopped, LIVE.plusDays(4))).isTrue();
  }
}
