package org.uptake.usage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who needs a visit: people who have not used the service for N days, counted from the later of
 * their unit's go-live and their last use.
 *
 * <ul>
 *   <li><b>Never started:</b> no use at all, and at least {@code neverStartedDays} days since
 *       go-live.
 *   <li><b>Stopped:</b> used it, and at least {@code stoppedDays} days since both the last use and
 *       go-live (use in a pilot before go-live does not make anyone lapse early).
 * </ul>
 *
 * Nobody lapses before their unit goes live. Days are whole calendar days in the organisation's
 * time zone: with {@code stoppedDays = 14}, a person last seen on 1 March is stopped on 15 March.
 *
 * @param neverStartedDays N for those who never started, set per implementation; at least 1
 * @param stoppedDays N for those who stopped, set per implementation; at least 1
 */
public record LapseRule(int neverStartedDays, int stoppedDays) {

  /** The default N of both kinds, in days. */
  public static final int DEFAULT_DAYS = 14;

  public LapseRule {
    if (neverStartedDays < 1 || stoppedDays < 1) {
      throw new IllegalArgumentException(
          "days must be at least 1, were " + neverStartedDays + " and " + stoppedDays);
    }
  }

  /** One N for both kinds. */
  public LapseRule(int days) {
    this(days, days);
  }

  /**
   * Whether the person has used the service since the episode began, which ends it: any use ends
   * never-started, a use after the last day of use ends stopped.
   */
  public static boolean endedByUse(Lapse lapse, @Nullable LocalDate lastUse) {
    if (lastUse == null) {
      return false;
    }
    return lapse.kind() == LapseKind.NEVER_STARTED || lastUse.isAfter(lapse.since());
  }

  /** The episode the person is in on {@code today}, if any. */
  public Optional<Lapse> assess(PersonUsage person, LocalDate today) {
    Objects.requireNonNull(today, "today");
    LocalDate liveFrom = person.unitLiveFrom();
    LocalDate lastUse = person.lastUse();
    if (lastUse == null) {
      return idleSince(liveFrom, today, neverStartedDays)
          ? Optional.of(new Lapse(person.userId(), LapseKind.NEVER_STARTED, liveFrom))
          : Optional.empty();
    }
    LocalDate from = lastUse.isAfter(liveFrom) ? lastUse : liveFrom;
    return idleSince(from, today, stoppedDays)
        ? Optional.of(new Lapse(person.userId(), LapseKind.STOPPED, lastUse))
        : Optional.empty();
  }

  /**
   * The episodes to open a follow-up for today: everyone lapsed, less the episodes already opened.
   * Run every night, this opens each episode once.
   *
   * @param people everyone on the roster whose unit uses the service
   * @param today the day of the run
   * @param alreadyOpened episodes that already have a follow-up
   * @return new episodes, in the order of {@code people}
   */
  public List<Lapse> newEpisodes(
      Collection<PersonUsage> people, LocalDate today, Set<Lapse> alreadyOpened) {
    List<Lapse> opened = new ArrayList<>();
    for (PersonUsage person : people) {
      assess(person, today).filter(lapse -> !alreadyOpened.contains(lapse)).ifPresent(opened::add);
    }
    return opened;
  }

  private static boolean idleSince(LocalDate from, LocalDate today, int days) {
    return !today.isBefore(from) && ChronoUnit.DAYS.between(from, today) >= days;
  }
}
