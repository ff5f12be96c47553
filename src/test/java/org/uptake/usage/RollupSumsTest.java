package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.UptakeTest;

/**
 * The rollups summed in Java, written through COPY into the import's temporary tables, add up to a
 * recomputation from the events, whatever the limit: with a small one the sums are written out in
 * parts many times (names numbered again, partial rows of one key) and the database's grouping
 * makes them whole; with the default one each key has one row, in key order.
 */
@UptakeTest
class RollupSumsTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

  @Autowired DataSource dataSource;

  record Sum(long count, long first, long last) {
    Sum add(long micros) {
      return new Sum(count + 1, Math.min(first, micros), Math.max(last, micros));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {7, 50, 1_000, 100_000})
  void partialRowsAddUpToTheRecomputedRollups(int limit) throws Exception {
    Random random = new Random(20261124L + limit);
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      users.add(i % 50 == 7 ? "Kä\tyttäjä-" + i : "KU" + i);
    }
    List<String> actions = List.of("open", "read-message", "video\\call", "\"quoted\"");
    Set<String> known = Set.of("ku1", "ku2", "ku3", "ku10");
    Map<String, Sum> daily = new TreeMap<>();
    Map<String, Sum> unknown = new TreeMap<>();
    long micros = RollupSums.micros(Instant.parse("2026-03-01T20:00:00Z"));
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "create temp table usage_daily_incoming (user_id text, day date, action text,"
              + " count bigint, first_use bigint, last_use bigint)");
      statement.execute(
          "create temp table usage_unknown_incoming (user_id text, events bigint,"
              + " first_seen bigint, last_seen bigint)");
      RollupSums sums;
      try (CopyStreams copies = new CopyStreams(connection.unwrap(PGConnection.class))) {
        sums = new RollupSums(copies, ZONE, known, limit);
        for (int i = 0; i < 20_000; i++) {
          micros += random.nextInt(3) == 0 ? 0 : random.nextInt(20_000_000);
          String user = users.get(random.nextInt(i % 3 == 0 ? 10 : users.size()));
          String action = actions.get(random.nextInt(actions.size()));
          sums.add(micros, user, action);
          LocalDate day = RollupSums.instant(micros).atZone(ZONE).toLocalDate();
          long at = micros;
          daily.merge(user + "|" + day + "|" + action, new Sum(1, at, at), (a, b) -> a.add(at));
          if (!known.contains(user.toLowerCase(java.util.Locale.ROOT))) {
            unknown.merge(user, new Sum(1, at, at), (a, b) -> a.add(at));
          }
        }
        sums.finish();
      }
      assertThat(sums.dailyRepeats()).isEqualTo(limit <= 1_000);
      assertThat(sums.unknownEvents())
          .isEqualTo(unknown.values().stream().mapToLong(Sum::count).sum());
      assertThat(
              rows(
                  statement,
                  "select user_id || '|' || day || '|' || action, sum(count), min(first_use),"
                      + " max(last_use) from usage_daily_incoming group by 1"))
          .isEqualTo(daily);
      assertThat(
              rows(
                  statement,
                  "select user_id, sum(events), min(first_seen), max(last_seen)"
                      + " from usage_unknown_incoming group by 1"))
          .isEqualTo(unknown);
      if (!sums.dailyRepeats()) {
        List<List<String>> written = new ArrayList<>();
        try (ResultSet rows =
            statement.executeQuery("select day, user_id, action from usage_daily_incoming")) {
          while (rows.next()) {
            written.add(List.of(rows.getString(1), rows.getString(2), rows.getString(3)));
          }
        }
        java.util.Comparator<List<String>> keyOrder =
            java.util.Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1))
                .thenComparing(k -> k.get(2));
        assertThat(written)
            .doesNotHaveDuplicates()
            .isSortedAccordingTo(keyOrder)
            .hasSize(daily.size());
      }
      statement.execute("drop table usage_daily_incoming, usage_unknown_incoming");
    }
  }

  private static Map<String, Sum> rows(Statement statement, String sql) throws Exception {
    Map<String, Sum> sums = new TreeMap<>();
    try (ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        sums.put(rows.getString(1), new Sum(rows.getLong(2), rows.getLong(3), rows.getLong(4)));
      }
    }
    return sums;
  }
}
