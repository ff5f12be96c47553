package org.uptake.usage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The daily rollups and the unknown users of an import, summed in Java while the events stream by,
 * in bounded memory: the sums are written out as partial rows (through COPY into temporary tables)
 * whenever the day changes or a map grows past its limit, and the database adds up the partial rows
 * of a key in one grouped upsert. Exact only for events that are all stored, which is what the
 * importer uses them for (a file in time order that overlaps nothing stored).
 */
final class RollupSums {

  static final String DAILY_COPY =
      "copy usage_daily_incoming (user_id, day, action, count, first_use, last_use) from stdin";
  static final String UNKNOWN_COPY =
      "copy usage_unknown_incoming (user_id, events, first_seen, last_seen) from stdin";

  /**
   * Sums kept before they are written out: about 200 bytes each, a twentieth of the heap at most.
   */
  static final int LIMIT = (int) Math.max(10_000, Math.min(1_000_000, maxHeap() / 4_000));

  private record DailyKey(LocalDate day, String user, String action) {}

  private static final Comparator<DailyKey> DAILY_ORDER =
      Comparator.comparing(DailyKey::day)
          .thenComparing(DailyKey::user)
          .thenComparing(DailyKey::action);

  private static final class Sum {
    long count;
    long first;
    long last;

    Sum(long micros) {
      first = micros;
      last = micros;
    }

    void add(long micros) {
      count++;
      first = Math.min(first, micros);
      last = Math.max(last, micros);
    }
  }

  private final CopyStreams out;
  private final ZoneId zone;
  private final Set<String> known;
  private final Map<DailyKey, Sum> daily = new HashMap<>();
  private final Map<String, Sum> unknown = new HashMap<>();
  private final Map<String, Boolean> isUnknown = new HashMap<>();
  private final StringBuilder rows = new StringBuilder(1 << 16);
  private @Nullable LocalDate day;
  private long dayStart = Long.MAX_VALUE;
  private long dayEnd = Long.MIN_VALUE;
  private long unknownEvents;
  private boolean abandoned;
  private boolean dailyRepeats;
  private boolean unknownRepeats;

  /**
   * @param known lower-case ids of the people on the roster or mapped
   */
  RollupSums(CopyStreams out, ZoneId zone, Set<String> known) {
    this.out = out;
    this.zone = zone;
    this.known = known;
  }

  void add(long micros, String user, String action) {
    if (abandoned) {
      return;
    }
    if (micros < dayStart || micros >= dayEnd) {
      newDay(micros);
    }
    if (daily.size() >= LIMIT) {
      dailyRepeats = true;
      flushDaily();
    }
    daily.computeIfAbsent(new DailyKey(day, user, action), k -> new Sum(micros)).add(micros);
    Boolean stranger = isUnknown.get(user);
    if (stranger == null) {
      if (isUnknown.size() >= LIMIT) {
        isUnknown.clear();
      }
      stranger = !known.contains(user.toLowerCase(Locale.ROOT));
      isUnknown.put(user, stranger);
    }
    if (stranger) {
      unknownEvents++;
      if (unknown.size() >= LIMIT) {
        unknownRepeats = true;
        flushUnknown();
      }
      unknown.computeIfAbsent(user, k -> new Sum(micros)).add(micros);
    }
  }

  /** Stops summing: the importer will compute the rollups in the database instead. */
  void abandon() {
    abandoned = true;
    daily.clear();
    unknown.clear();
    isUnknown.clear();
  }

  boolean abandoned() {
    return abandoned;
  }

  /**
   * True if a rollup key may have more than one partial row (a map outgrew its limit); otherwise
   * the partial rows are the rollups, written in key order (day, user, action).
   */
  boolean dailyRepeats() {
    return dailyRepeats;
  }

  /** As {@link #dailyRepeats()}, for the unknown users (in user order). */
  boolean unknownRepeats() {
    return unknownRepeats;
  }

  /** Events of people neither on the roster nor mapped. */
  long unknownEvents() {
    return unknownEvents;
  }

  /** Writes out what is left. */
  void finish() {
    if (!abandoned) {
      flushDaily();
      flushUnknown();
    }
  }

  private void newDay(long micros) {
    Instant at = instant(micros);
    LocalDate next = at.atZone(zone).toLocalDate();
    if (day != null && next.isAfter(day)) {
      flushDaily();
    }
    day = next;
    dayStart = micros(next.atStartOfDay(zone).toInstant());
    dayEnd = micros(next.plusDays(1).atStartOfDay(zone).toInstant());
  }

  private void flushDaily() {
    // In key order, so that the rows go into usage_daily's primary key in its order.
    List<Map.Entry<DailyKey, Sum>> entries = new ArrayList<>(daily.entrySet());
    entries.sort(Map.Entry.comparingByKey(DAILY_ORDER));
    daily.clear();
    for (Map.Entry<DailyKey, Sum> entry : entries) {
      DailyKey key = entry.getKey();
      Sum sum = entry.getValue();
      CopyStreams.field(rows, key.user()).append('\t').append(key.day()).append('\t');
      CopyStreams.field(rows, key.action()).append('\t').append(sum.count).append('\t');
      rows.append(instant(sum.first)).append('\t').append(instant(sum.last)).append('\n');
      spill(DAILY_COPY, false);
    }
    spill(DAILY_COPY, true);
  }

  private void flushUnknown() {
    List<Map.Entry<String, Sum>> entries = new ArrayList<>(unknown.entrySet());
    entries.sort(Map.Entry.comparingByKey());
    unknown.clear();
    for (Map.Entry<String, Sum> entry : entries) {
      Sum sum = entry.getValue();
      CopyStreams.field(rows, entry.getKey()).append('\t').append(sum.count).append('\t');
      rows.append(instant(sum.first)).append('\t').append(instant(sum.last)).append('\n');
      spill(UNKNOWN_COPY, false);
    }
    spill(UNKNOWN_COPY, true);
  }

  private void spill(String copy, boolean all) {
    if (rows.length() > 0 && (all || rows.length() >= 1 << 16)) {
      out.write(copy, rows.toString().getBytes(StandardCharsets.UTF_8));
      rows.setLength(0);
    }
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }

  static long micros(Instant at) {
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
  }

  private static long maxHeap() {
    return Runtime.getRuntime().maxMemory();
  }
}
