package org.uptake.usage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who needs a visit: people who have not used the service for {@code days} days, counted from the
 * later of their unit's go-live and their last use.
 *
 * <ul>
 *   <li><b>Never started:</b> no use at all, and at least {@code days} days since go-live.
 *   <li><b>Stopped:</b> used it, and at least {@code days} days since both the last use and go-live
 *       (use in a pilot before go-live does not make anyone lapse early).
 * </ul>
 *
 * Nobody lapses before their unit goes live. Days are whole calendar days in the organisation's
 * time zone: with {@code days = 14}, a person last seen on 1 March is stopped on 15 March.
 *
 * @param days N, set per implementation; at least 1
 */
public record LapseRule(int days) {

  public LapseRule {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, was " + days);
    }
  }

  /** The episode the person is in on {@code today}, if any. */
  public Optional<Lapse> assess(PersonUsage person, LocalDate today) {
    Objects.requireNonNull(today, "today");
    LocalDate liveFrom = person.unitLiveFrom();
    LocalDate lastUse = person.lastUse();
    if (lastUse == null) {
      return idleSince(liveFrom, today)
          ? Optional.of(new Lapse(person.userId(), LapseKind.NEVER_STARTED, liveFrom))
          : Optional.empty();
    }
    LocalDate from = lastUse.isAfter(liveFrom) ? lastUse : liveFrom;
    return idleSince(from, today)
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

  private boolean idleSince(LocalDate from, LocalDate today) {
    return !today.isBefore(from) && ChronoUnit.DAYS.between(from, today) >= days;
  }
}
