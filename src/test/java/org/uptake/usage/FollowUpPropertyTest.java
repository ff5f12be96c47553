package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;

/**
 * Seeded random usage per person, the check run every day as the nightly job would: the follow-ups
 * in the database are exactly the episodes computed directly from each person's days of use (in
 * interval form, without the rule's code), each resolved on the day the person next used the
 * service, and a second run on the last day changes nothing.
 */
@UptakeTest
class FollowUpPropertyTest {

  private static final int LIVE_DAYS_AGO = 70;
  private static final int PEOPLE = 6;

  @Autowired FollowUpFixtures followUpFixtures;
  @Autowired Fixtures fixtures;
  @Autowired FollowUps followUps;

  /** One expected follow-up: the episode and the day the person used the service again. */
  record Expected(String number, LapseKind kind, LocalDate since, @Nullable LocalDate usedAgain) {}

  @Test
  void followUpsOfDailyRunsEqualADirectRecomputationFromTheDaysOfUse() {
    List<Expected> all = new ArrayList<>();
    for (long seed : new long[] {11, 23, 2026}) {
      all.addAll(check(seed));
    }
    // the streams reach every case: never started, stopped, more than one episode, used again
    assertThat(all).extracting(Expected::kind).contains(LapseKind.NEVER_STARTED, LapseKind.STOPPED);
    assertThat(all).filteredOn(e -> e.usedAgain() != null).isNotEmpty();
    List<String> stoppers =
        all.stream().filter(e -> e.kind() == LapseKind.STOPPED).map(Expected::number).toList();
    assertThat(stoppers).hasSizeGreaterThan(new HashSet<>(stoppers).size());
  }

  private Set<Expected> check(long seed) {
    Random random = new Random(seed);
    FollowUpFixtures.Live live = followUpFixtures.live(LIVE_DAYS_AGO);
    LocalDate today = live.goLive().plusDays(LIVE_DAYS_AGO);
    LocalDate firstRun = live.goLive().minusDays(3);
    int neverStarted = 3 + random.nextInt(18);
    int stopped = 3 + random.nextInt(18);
    fixtures.as(
        live.tenant(),
        Role.LEAD,
        () ->
            followUps.saveSettings(live.plan().id(), new FollowUpSettings(neverStarted, stopped)));

    Map<String, TreeSet<LocalDate>> uses = new HashMap<>();
    uses.put(live.tenant().key() + "-2", new TreeSet<>()); // the tenant's physician, in the clinic
    for (int i = 0; i < PEOPLE; i++) {
      String number = live.tenant().key() + "-p" + i;
      followUpFixtures.person(live, number, "Person", "Number " + i);
      uses.put(number, new TreeSet<>());
    }
    List<String> people = new ArrayList<>(uses.keySet());
    people.sort(null);
    for (String number : people) {
      double often = random.nextInt(4) == 0 ? 0 : 0.02 + random.nextDouble() * 0.3;
      for (LocalDate day = live.goLive().minusDays(15);
          !day.isAfter(today);
          day = day.plusDays(1)) {
        if (random.nextDouble() < often) {
          uses.get(number).add(day);
        }
      }
      // the log writes some ids in upper case: they still match the roster
      String logId = random.nextBoolean() ? number : number.toUpperCase(java.util.Locale.ROOT);
      if (!uses.get(number).isEmpty()) {
        followUpFixtures.used(live, logId, uses.get(number));
      }
    }

    for (LocalDate day = firstRun; !day.isAfter(today); day = day.plusDays(1)) {
      followUpFixtures.check(live, day);
    }

    Set<Expected> expected = new HashSet<>();
    for (String number : people) {
      expected.addAll(
          episodes(
              number, live.goLive(), uses.get(number), neverStarted, stopped, firstRun, today));
    }
    Set<Expected> actual = new HashSet<>();
    for (FollowUp f : stored(live)) {
      actual.add(
          new Expected(
              numberOf(f, live),
              f.kind(),
              f.since(),
              f.status() == FollowUpStatus.RESOLVED_BY_USE ? f.usedAgainOn() : null));
      assertThat(f.status()).isIn(FollowUpStatus.OPEN, FollowUpStatus.RESOLVED_BY_USE);
    }
    assertThat(actual).as("seed %d", seed).isEqualTo(expected);

    assertThat(followUpFixtures.check(live, today)).isEqualTo(new FollowUpRun(0, 0));
    assertThat(stored(live)).hasSize(expected.size());
    return expected;
  }

  /** Every follow-up of the rollout, read as the clinic's champion. */
  private List<FollowUp> stored(FollowUpFixtures.Live live) {
    if (fixtures.as(live.tenant(), Role.CHAMPION, () -> followUps.myUnits()).isEmpty()) {
      followUpFixtures.champion(live);
    }
    return fixtures.as(
        live.tenant(), Role.CHAMPION, () -> followUps.list(live.plan().id(), FollowUpFilter.all()));
  }

  /** The person's names are "Person Number i"; the physician is Eero Laine. */
  private static String numberOf(FollowUp f, FollowUpFixtures.Live live) {
    String name = f.personName();
    return name.startsWith("Person Number ")
        ? live.tenant().key() + "-p" + name.substring("Person Number ".length())
        : live.tenant().key() + "-2";
  }

  /**
   * The episodes of one person, straight from their days of use: never started if some day of the
   * runs is at least N after go-live and before the first use; stopped from each day of use if some
   * day of the runs is at least N after it (and after go-live) and before the next use.
   */
  static List<Expected> episodes(
      String number,
      LocalDate live,
      TreeSet<LocalDate> days,
      int neverStarted,
      int stopped,
      LocalDate firstRun,
      LocalDate lastRun) {
    List<Expected> episodes = new ArrayList<>();
    LocalDate first = days.isEmpty() ? null : days.first();
    LocalDate earliest = later(firstRun, live.plusDays(neverStarted));
    if (!earliest.isAfter(lastRun) && (first == null || earliest.isBefore(first))) {
      episodes.add(
          new Expected(
              number,
              LapseKind.NEVER_STARTED,
              live,
              first != null && !first.isAfter(lastRun) ? first : null));
    }
    for (LocalDate use : days) {
      LocalDate next = days.higher(use);
      LocalDate from = later(firstRun, later(use, live).plusDays(stopped));
      if (!from.isAfter(lastRun) && (next == null || from.isBefore(next))) {
        episodes.add(new Expected(number, LapseKind.STOPPED, use, next));
      }
    }
    return episodes;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
