package org.uptake.usage;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Packs events, as they are parsed, into segments of at most {@link #SEGMENT} events of one UTC day
 * (parallel arrays of times, keys, users, actions and units) and writes each segment as one row
 * through COPY into a temporary table. Nothing is kept but the segment being filled and, while the
 * events come in time order (as logs are written), the keys seen at the current instant: a repeat
 * of one of them is dropped here, so a file in time order has no repeats. Once an event comes
 * earlier than the one before, or too many share an instant, the file is marked unordered and the
 * database removes repeats instead. While the file is in time order the rollups are summed in Java
 * ({@link RollupSums}).
 */
final class SegmentCopy implements Consumer<UsageEvent>, PackingThread.KeyedConsumer {

  /** Most events in one segment. */
  static final int SEGMENT = 4_096;

  /** Most keys remembered for one instant before giving up on dropping repeats here. */
  static final int MAX_SAME_INSTANT = 100_000;

  static final String COPY =
      "copy usage_segment_incoming (first_at, last_at, events, times, keys, user_ids, actions,"
          + " unit_codes) from stdin";

  private static final long DAY = 86_400_000_000L;

  private final CopyStreams out;
  private final RollupSums sums;
  private final EventKey keys = new EventKey();
  private final Set<UUID> atInstant = new HashSet<>();
  private final long[] times = new long[SEGMENT];
  private final long[] keyHigh = new long[SEGMENT];
  private final long[] keyLow = new long[SEGMENT];
  private final String[] users = new String[SEGMENT];
  private final String[] actions = new String[SEGMENT];
  private final @Nullable String[] units = new String[SEGMENT];
  private final CopyText row = new CopyText(1 << 18);
  private int size;
  private long segmentDay;
  private long instant = Long.MIN_VALUE;
  private long first = Long.MAX_VALUE;
  private long last = Long.MIN_VALUE;
  private boolean ordered = true;
  private long rows;
  private long repeats;

  SegmentCopy(CopyStreams out, RollupSums sums) {
    this.out = out;
    this.sums = sums;
  }

  @Override
  public void accept(UsageEvent event) {
    keys.compute(event);
    accept(event, keys.high(), keys.low());
  }

  /** Takes an event whose key was computed already ({@link EventKey}). */
  @Override
  public void accept(UsageEvent event, long keyHigh, long keyLow) {
    long at = RollupSums.micros(event.occurredAt());
    if (ordered && !remember(at, keyHigh, keyLow)) {
      repeats++;
      return;
    }
    first = Math.min(first, at);
    last = Math.max(last, at);
    long day = Math.floorDiv(at, DAY);
    if (size > 0 && (size == SEGMENT || day != segmentDay)) {
      flush();
    }
    segmentDay = day;
    times[size] = at;
    this.keyHigh[size] = keyHigh;
    this.keyLow[size] = keyLow;
    users[size] = event.userId();
    actions[size] = event.action();
    units[size] = event.unitCode();
    size++;
    rows++;
    if (ordered) {
      sums.add(at, event.userId(), event.action());
    }
  }

  /** Writes out the segment being filled. */
  void finish() {
    if (size > 0) {
      flush();
    }
  }

  /** False if the key was already seen at this instant; marks the file unordered when it is. */
  private boolean remember(long at, long high, long low) {
    if (at > instant) {
      instant = at;
      atInstant.clear();
    } else if (at < instant || atInstant.size() >= MAX_SAME_INSTANT) {
      ordered = false;
      atInstant.clear();
      sums.abandon();
      return true;
    }
    // Most instants hold one event: the set is filled only when a second one comes (the event
    // before, still in the segment being filled, is the first of this instant).
    if (size == 0 || times[size - 1] != at) {
      return true;
    }
    if (atInstant.isEmpty()) {
      atInstant.add(new UUID(keyHigh[size - 1], keyLow[size - 1]));
    }
    return atInstant.add(new UUID(high, low));
  }

  private void flush() {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < size; i++) {
      min = Math.min(min, times[i]);
      max = Math.max(max, times[i]);
    }
    row.clear();
    row.ascii(RollupSums.instant(min).toString()).ascii('\t');
    row.ascii(RollupSums.instant(max).toString()).ascii('\t');
    row.number(size).ascii("\t{");
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        row.ascii(',');
      }
      row.number(times[i]);
    }
    row.ascii("}\t{");
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        row.ascii(',');
      }
      row.uuid(keyHigh[i], keyLow[i]);
    }
    row.ascii("}\t");
    array(users);
    row.ascii('\t');
    array(actions);
    row.ascii('\t');
    array(units);
    row.ascii('\n');
    out.write(COPY, row.bytes(), row.length());
    java.util.Arrays.fill(users, 0, size, null);
    java.util.Arrays.fill(actions, 0, size, null);
    java.util.Arrays.fill(units, 0, size, null);
    size = 0;
  }

  private void array(@Nullable String[] values) {
    row.ascii('{');
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        row.ascii(',');
      }
      row.element(values[i]);
    }
    row.ascii('}');
  }

  /** Events written. */
  long rows() {
    return rows;
  }

  /** Events dropped as repeats of one already written. */
  long repeats() {
    return repeats;
  }

  /** True if the events written hold no two with the same key and time. */
  boolean withoutRepeats() {
    return ordered;
  }

  /** The earliest time written, or null if none. */
  @Nullable Instant first() {
    return rows == 0 ? null : RollupSums.instant(first);
  }

  /** The latest time written, or null if none. */
  @Nullable Instant last() {
    return rows == 0 ? null : RollupSums.instant(last);
  }
}
