package org.uptake.usage;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/** Hands on a parser's events and problems, counting them. */
final class ParseCounter {
  private final Consumer<UsageEvent> events;
  private final Consumer<UsageProblem> problems;
  private final Instant notBefore;
  private long eventCount;
  private long problemCount;

  ParseCounter(Consumer<UsageEvent> events, Consumer<UsageProblem> problems) {
    this(events, problems, Instant.EPOCH);
  }

  /**
   * @param notBefore events before this are reported as {@link UsageProblem#BEFORE_RETENTION}
   */
  ParseCounter(Consumer<UsageEvent> events, Consumer<UsageProblem> problems, Instant notBefore) {
    this.events = Objects.requireNonNull(events, "events");
    this.problems = Objects.requireNonNull(problems, "problems");
    this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
  }

  /** The earliest time an event may have. */
  Instant notBefore() {
    return notBefore;
  }

  void event(UsageEvent event) {
    eventCount++;
    events.accept(event);
  }

  void problem(UsageProblem problem) {
    problemCount++;
    problems.accept(problem);
  }

  ParseCounts counts(long lines) {
    return new ParseCounts(lines, eventCount, problemCount);
  }
}
