package org.uptake.usage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Counts, during an import, the events whose user is not on the roster, so that the admin can map
 * them instead of their being dropped silently. Lists at most {@link #MAX_LISTED} distinct ids (in
 * order of first appearance) so that a file of strangers cannot fill the memory; all events are
 * counted.
 *
 * <p>Not thread-safe: one per import.
 */
public final class UnknownUsers implements Consumer<UsageEvent> {

  /** Most distinct unknown ids listed. */
  public static final int MAX_LISTED = 1_000;

  private final Set<String> known;
  private final Map<String, Long> listed = new LinkedHashMap<>();
  private long events;

  /**
   * @param known the external user ids on the roster, matched exactly
   */
  public UnknownUsers(Set<String> known) {
    this.known = Set.copyOf(Objects.requireNonNull(known, "known"));
  }

  /** Counts the event if its user is unknown. */
  @Override
  public void accept(UsageEvent event) {
    if (known.contains(event.userId())) {
      return;
    }
    events++;
    Long count = listed.get(event.userId());
    if (count != null) {
      listed.put(event.userId(), count + 1);
    } else if (listed.size() < MAX_LISTED) {
      listed.put(event.userId(), 1L);
    }
  }

  /** True if the event's user is on the roster. */
  public boolean isKnown(UsageEvent event) {
    return known.contains(event.userId());
  }

  /** How many events had a user not on the roster. */
  public long events() {
    return events;
  }

  /** Unknown ids with their number of events, first seen first; at most {@link #MAX_LISTED}. */
  public Map<String, Long> listed() {
    return Collections.unmodifiableMap(listed);
  }

  /** True if more distinct unknown ids were seen than are listed. */
  public boolean truncated() {
    long listedEvents = listed.values().stream().mapToLong(Long::longValue).sum();
    return listedEvents < events;
  }
}
