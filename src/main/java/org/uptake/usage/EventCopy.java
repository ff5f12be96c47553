package org.uptake.usage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes events, as they are parsed, into a {@code COPY ... FROM STDIN} text stream: one row of
 * stored key ({@link EventKey}), time, user, action and unit per event. Nothing is kept but a small
 * buffer and, while the events come in time order (as logs are written), the keys seen at the
 * current instant: a repeat of one of them is dropped here, so a file in time order reaches the
 * database without repeats. Once an event comes earlier than the one before, or too many share an
 * instant, the file is marked unordered and the database removes repeats instead.
 */
final class EventCopy implements Consumer<UsageEvent> {

  /** Most keys remembered for one instant before giving up on dropping repeats here. */
  static final int MAX_SAME_INSTANT = 100_000;

  private final OutputStream out;
  private final EventKey keys = new EventKey();
  private final StringBuilder row = new StringBuilder(256);
  private final Set<UUID> atInstant = new HashSet<>();
  private @Nullable Instant instant;
  private @Nullable Instant first;
  private @Nullable Instant last;
  private boolean ordered = true;
  private long rows;
  private long repeats;

  EventCopy(OutputStream out) {
    this.out = out;
  }

  @Override
  public void accept(UsageEvent event) {
    UUID key = keys.of(event);
    Instant at = event.occurredAt();
    if (ordered && !remember(at, key)) {
      repeats++;
      return;
    }
    if (first == null || at.isBefore(first)) {
      first = at;
    }
    if (last == null || at.isAfter(last)) {
      last = at;
    }
    row.setLength(0);
    row.append(key).append('\t');
    row.append(at).append('\t');
    field(event.userId()).append('\t');
    field(event.action()).append('\t');
    if (event.unitCode() == null) {
      row.append("\\N");
    } else {
      field(event.unitCode());
    }
    row.append('\n');
    try {
      out.write(row.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    rows++;
  }

  /** False if the key was already seen at this instant; marks the file unordered when it is. */
  private boolean remember(Instant at, UUID key) {
    if (instant == null || at.isAfter(instant)) {
      instant = at;
      atInstant.clear();
    } else if (at.isBefore(instant) || atInstant.size() >= MAX_SAME_INSTANT) {
      ordered = false;
      atInstant.clear();
      return true;
    }
    return atInstant.add(key);
  }

  /** Rows written. */
  long rows() {
    return rows;
  }

  /** Events dropped as repeats of one already written. */
  long repeats() {
    return repeats;
  }

  /** True if the rows written hold no two with the same key and time. */
  boolean withoutRepeats() {
    return ordered;
  }

  /** The earliest time written, or null if none. */
  @Nullable Instant first() {
    return first;
  }

  /** The latest time written, or null if none. */
  @Nullable Instant last() {
    return last;
  }

  /**
   * Escapes a value for COPY's text format. PostgreSQL text cannot hold U+0000, which JSON can
   * write; it becomes U+FFFD.
   */
  private StringBuilder field(@Nullable String value) {
    if (value == null) {
      return row.append("\\N");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        case '\r' -> row.append("\\r");
        case '\u0000' -> row.append('\uFFFD');
        default -> row.append(c);
      }
    }
    return row;
  }
}
