package org.uptake.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The daily rollups and the unknown users of an import, summed in Java while the events stream by,
 * in bounded memory: the sums are written out as partial rows (through COPY into temporary tables)
 * whenever the day changes or the sums grow past their limit, and the database adds up the partial
 * rows of a key in one grouped upsert. Exact only for events that are all stored, which is what the
 * importer uses them for (a file in time order that overlaps nothing stored).
 *
 * <p>Users and actions are numbered as they first come (a dictionary per import), so that an event
 * costs one lookup per name and a walk along the user's few sums of the day (primitive arrays,
 * chained per user), with no object made per event. Times go out as microseconds since 1970; the
 * database turns them into timestamps.
 */
final class RollupSums {

  static final String DAILY_COPY =
      "copy usage_daily_incoming (user_id, day, action, count, first_use, last_use) from stdin";
  static final String UNKNOWN_COPY =
      "copy usage_unknown_incoming (user_id, events, first_seen, last_seen) from stdin";

  /**
   * Sums (and names) kept before they are written out: about 100 bytes each, at most a fortieth of
   * the heap. Below 2²¹, so that a sort key packs two ranks and an index into one long.
   */
  static final int LIMIT = (int) Math.max(10_000, Math.min(1_000_000, maxHeap() / 4_000));

  private static final int LIMIT_MAX = 1 << 21;

  private final CopyStreams out;
  private final ZoneId zone;
  private final Set<String> known;
  private final int limit;

  private final Map<String, Integer> userIds = new HashMap<>();
  private String[] userNames = new String[1_024];
  private boolean[] stranger = new boolean[1_024];
  // index + 1 of the user's latest sum of the day (0: none); the user's sums are chained by next
  private int[] head = new int[1_024];
  private long[] unknownCount = new long[1_024];
  private long[] unknownFirst = new long[1_024];
  private long[] unknownLast = new long[1_024];
  private final Map<String, Integer> actionIds = new HashMap<>();
  private String[] actionNames = new String[64];

  // The day's sums, in the order their keys came; keyed by user number << 32 | action number.
  private long[] dailyKey = new long[1_024];
  private int[] next = new int[1_024];
  private long[] dailyCount = new long[1_024];
  private long[] dailyFirst = new long[1_024];
  private long[] dailyLast = new long[1_024];
  private int dailySize;

  private final CopyText rows = new CopyText(1 << 17);
  private @Nullable String dayText;
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
    this(out, zone, known, LIMIT);
  }

  /** With another limit than {@link #LIMIT} (tests: the paths that write partial rows). */
  RollupSums(CopyStreams out, ZoneId zone, Set<String> known, int limit) {
    if (limit < 1 || limit > LIMIT_MAX) {
      throw new IllegalArgumentException("limit " + limit);
    }
    this.out = out;
    this.zone = zone;
    this.known = known;
    this.limit = limit;
  }

  void add(long micros, String user, String action) {
    if (abandoned) {
      return;
    }
    if (micros < dayStart || micros >= dayEnd) {
      newDay(micros);
    }
    if (userIds.size() >= limit || actionIds.size() >= limit) {
      forget();
    }
    int u = user(user);
    int a = action(action);
    if (dailySize >= limit) {
      dailyRepeats = true;
      flushDaily();
    }
    int index = find(u, a);
    dailyCount[index]++;
    dailyFirst[index] = Math.min(dailyFirst[index], micros);
    dailyLast[index] = Math.max(dailyLast[index], micros);
    if (stranger[u]) {
      unknownEvents++;
      if (unknownCount[u]++ == 0) {
        unknownFirst[u] = micros;
        unknownLast[u] = micros;
      } else {
        unknownFirst[u] = Math.min(unknownFirst[u], micros);
        unknownLast[u] = Math.max(unknownLast[u], micros);
      }
    }
  }

  private int user(String name) {
    Integer number = userIds.get(name);
    if (number != null) {
      return number;
    }
    int u = userIds.size();
    if (u == userNames.length) {
      int grown = u * 2;
      userNames = Arrays.copyOf(userNames, grown);
      stranger = Arrays.copyOf(stranger, grown);
      head = Arrays.copyOf(head, grown);
      unknownCount = Arrays.copyOf(unknownCount, grown);
      unknownFirst = Arrays.copyOf(unknownFirst, grown);
      unknownLast = Arrays.copyOf(unknownLast, grown);
    }
    userIds.put(name, u);
    userNames[u] = name;
    stranger[u] = !known.contains(name.toLowerCase(Locale.ROOT));
    unknownCount[u] = 0;
    head[u] = 0;
    return u;
  }

  private int action(String name) {
    Integer number = actionIds.get(name);
    if (number != null) {
      return number;
    }
    int a = actionIds.size();
    if (a == actionNames.length) {
      actionNames = Arrays.copyOf(actionNames, a * 2);
    }
    actionIds.put(name, a);
    actionNames[a] = name;
    return a;
  }

  /**
   * The index of the sum of (user, action), made (empty) if it is new: a walk along the user's few
   * sums of the day, which stay in the processor's cache better than a table over all of them.
   */
  private int find(int u, int a) {
    for (int entry = head[u]; entry != 0; entry = next[entry - 1]) {
      if ((int) dailyKey[entry - 1] == a) {
        return entry - 1;
      }
    }
    int index = dailySize++;
    if (index == dailyKey.length) {
      int grown = index * 2;
      dailyKey = Arrays.copyOf(dailyKey, grown);
      next = Arrays.copyOf(next, grown);
      dailyCount = Arrays.copyOf(dailyCount, grown);
      dailyFirst = Arrays.copyOf(dailyFirst, grown);
      dailyLast = Arrays.copyOf(dailyLast, grown);
    }
    dailyKey[index] = ((long) u << 32) | a;
    dailyCount[index] = 0;
    dailyFirst[index] = Long.MAX_VALUE;
    dailyLast[index] = Long.MIN_VALUE;
    next[index] = head[u];
    head[u] = index + 1;
    return index;
  }

  /** Stops summing: the importer will compute the rollups in the database instead. */
  void abandon() {
    abandoned = true;
    dailySize = 0;
    userIds.clear();
    actionIds.clear();
    userNames = new String[1];
    actionNames = new String[1];
  }

  boolean abandoned() {
    return abandoned;
  }

  /**
   * True if a rollup key may have more than one partial row (the sums outgrew their limit);
   * otherwise the partial rows are the rollups, written in key order (day, user, action).
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

  /** Writes out all sums and starts numbering names again (the dictionary reached its limit). */
  private void forget() {
    if (dailySize > 0) {
      dailyRepeats = true;
    }
    flushDaily();
    unknownRepeats = true;
    flushUnknown();
    userIds.clear();
    actionIds.clear();
    Arrays.fill(userNames, null);
    Arrays.fill(actionNames, null);
  }

  private void newDay(long micros) {
    LocalDate next = instant(micros).atZone(zone).toLocalDate();
    if (dayText != null) {
      flushDaily();
    }
    dayText = next.toString();
    dayStart = micros(next.atStartOfDay(zone).toInstant());
    dayEnd = micros(next.plusDays(1).atStartOfDay(zone).toInstant());
  }

  private void flushDaily() {
    if (dailySize == 0) {
      return;
    }
    // In key order, so that the rows go into usage_daily's primary key in its order.
    int[] userRank = ranks(userNames, userIds.size());
    int[] actionRank = ranks(actionNames, actionIds.size());
    long[] order = new long[dailySize];
    for (int i = 0; i < dailySize; i++) {
      int u = (int) (dailyKey[i] >>> 32);
      int a = (int) dailyKey[i];
      order[i] = ((long) userRank[u] << 42) | ((long) actionRank[a] << 21) | i;
    }
    Arrays.sort(order);
    String day = java.util.Objects.requireNonNull(dayText);
    for (long sorted : order) {
      int i = (int) (sorted & 0x1F_FFFF);
      rows.field(userNames[(int) (dailyKey[i] >>> 32)]).ascii('\t').ascii(day).ascii('\t');
      rows.field(actionNames[(int) dailyKey[i]]).ascii('\t').number(dailyCount[i]).ascii('\t');
      rows.number(dailyFirst[i]).ascii('\t').number(dailyLast[i]).ascii('\n');
      spill(DAILY_COPY, false);
    }
    spill(DAILY_COPY, true);
    for (int i = 0; i < dailySize; i++) {
      head[(int) (dailyKey[i] >>> 32)] = 0;
    }
    dailySize = 0;
  }

  private void flushUnknown() {
    int users = userIds.size();
    int[] rank = ranks(userNames, users);
    int[] byRank = new int[users];
    for (int u = 0; u < users; u++) {
      byRank[rank[u]] = u;
    }
    for (int u : byRank) {
      if (stranger[u] && unknownCount[u] > 0) {
        rows.field(userNames[u]).ascii('\t').number(unknownCount[u]).ascii('\t');
        rows.number(unknownFirst[u]).ascii('\t').number(unknownLast[u]).ascii('\n');
        unknownCount[u] = 0;
        spill(UNKNOWN_COPY, false);
      }
    }
    spill(UNKNOWN_COPY, true);
  }

  /** The place of each of the first {@code n} names in their sorted order. */
  private static int[] ranks(String[] names, int n) {
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> names[x].compareTo(names[y]));
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  private void spill(String copy, boolean all) {
    if (rows.length() > 0 && (all || rows.length() >= 1 << 16)) {
      out.write(copy, rows.bytes(), rows.length());
      rows.clear();
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
