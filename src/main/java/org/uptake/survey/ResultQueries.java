package org.uptake.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL behind results. Everything is summed in the database, by wave, unit and professional
 * group (jsonb_each over the scores and answers of each response), so that Java sees a few hundred
 * rows however many people answered.
 */
@Repository
class ResultQueries {

  private static final String WAVE =
      """
      select w.id, w.name, w.instrument_id, w.series_id, w.anonymous, w.opens_on, w.closes_on,
             w.status, w.min_group,
             c.invited, c.answered
        from survey_wave w
             cross join lateral (select count(*) as invited, count(i.answered_on) as answered
                                   from survey_invitation i where i.wave_id = w.id) c
      """;

  private static final String WAVE_UNCOUNTED =
      """
      select w.id, w.name, w.instrument_id, w.series_id, w.anonymous, w.opens_on, w.closes_on,
             w.status, w.min_group, 0 as invited, 0 as answered
        from survey_wave w
      """;

  private final JdbcClient jdbc;
  private final ResultCache cache;

  ResultQueries(JdbcClient jdbc, ResultCache cache) {
    this.jdbc = jdbc;
    this.cache = cache;
  }

  /** The wave without its invited and answered counts (0). */
  Optional<ResultWave> waveUncounted(UUID id) {
    return jdbc.sql(WAVE_UNCOUNTED + " where w.id = ?")
        .param(id)
        .query(ResultQueries::wave)
        .optional();
  }

  Optional<ResultWave> wave(UUID id) {
    return jdbc.sql(WAVE + " where w.id = ?").param(id).query(ResultQueries::wave).optional();
  }

  List<ResultWave> waves() {
    return jdbc.sql(WAVE + " order by w.opens_on desc, w.name").query(ResultQueries::wave).list();
  }

  /** The waves of a series that have been opened, oldest first. */
  List<ResultWave> series(UUID series) {
    return jdbc.sql(
            WAVE + " where w.series_id = ? and w.status <> 'DRAFT' order by w.opens_on, w.name")
        .param(series)
        .query(ResultQueries::wave)
        .list();
  }

  /** What the results of some waves are made of, read from the cache. */
  record Sums(
      Map<UUID, Map<ResultTable.Cell, Integer>> respondents,
      Map<UUID, Map<String, Map<ResultTable.Cell, ResultTable.Sum>>> scores,
      Map<UUID, Map<String, Map<ResultTable.Cell, ResultTable.Sum>>> answers,
      Map<UUID, Map<ResultTable.Cell, int[]>> invitations,
      Map<UUID, int[]> counts) {

    /** The wave with its invited and answered counts as the sums were made. */
    ResultWave counted(ResultWave wave) {
      int[] c = counts.getOrDefault(wave.id(), new int[3]);
      return new ResultWave(
          wave.id(),
          wave.name(),
          wave.instrument(),
          wave.series(),
          wave.anonymous(),
          wave.opensOn(),
          wave.closesOn(),
          wave.status(),
          wave.k(),
          c[1],
          c[2]);
    }
  }

  /** Brings the cache of every wave with queued answers up to date; how many waves. */
  int foldQueued() {
    // the waves with answers waiting, and those with responses but no cache (emptied by a
    // migration, or never read), so that no reader has to build a large wave's cache
    List<UUID> waves =
        jdbc.sql(
                """
                select distinct wave_id from survey_response_untallied
                union
                select w.id from survey_wave w
                 where not exists (select 1 from survey_result_cache c where c.wave_id = w.id)
                   and exists (select 1 from survey_response r where r.wave_id = w.id)
                """)
            .query(UUID.class)
            .list();
    waves.forEach(cache::fresh);
    return waves.size();
  }

  /** The sums of the waves' responses, the cache rebuilt first for any wave that is stale. */
  Sums sums(List<UUID> waves) {
    Map<UUID, int[]> counts = new HashMap<>();
    for (UUID wave : waves) {
      counts.put(wave, cache.fresh(wave));
    }
    Sums sums =
        new Sums(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), counts);
    jdbc.sql(
            """
            select wave_id, unit_id, professional_group, kind, key, answer, n, total
              from survey_result_cell where wave_id = any(:waves)
            """)
        .param("waves", waves.toArray(UUID[]::new))
        .query(
            rs -> {
              UUID wave = rs.getObject("wave_id", UUID.class);
              ResultTable.Cell cell = cell(rs);
              String key = rs.getString("key");
              String answer = rs.getString("answer");
              int n = rs.getInt("n");
              switch (rs.getString("kind")) {
                case "RESPONDENTS" ->
                    sums.respondents().computeIfAbsent(wave, w -> new HashMap<>()).put(cell, n);
                case "SCORE" -> {
                  ResultTable.Sum sum = sum(sums.scores(), wave, key, cell);
                  sum.n = n;
                  sum.numeric = n;
                  sum.total = rs.getDouble("total");
                }
                case "POINT" -> {
                  ResultTable.Sum sum = sum(sums.answers(), wave, key, cell);
                  sum.n += n;
                  sum.numeric += n;
                  sum.total += rs.getDouble("total");
                  sum.answers.merge(answer, n, Integer::sum);
                }
                case "OPT_OUT" -> {
                  ResultTable.Sum sum = sum(sums.answers(), wave, key, cell);
                  sum.n += n;
                  sum.answers.merge(answer, n, Integer::sum);
                }
                case "CHOICE" ->
                    sum(sums.answers(), wave, key, cell).answers.merge(answer, n, Integer::sum);
                case "CHOICE_PEOPLE" -> sum(sums.answers(), wave, key, cell).n += n;
                case "INVITED" ->
                    sums.invitations()
                            .computeIfAbsent(wave, w -> new HashMap<>())
                            .computeIfAbsent(cell, c -> new int[2])[0] =
                        n;
                case "ANSWERED" ->
                    sums.invitations()
                            .computeIfAbsent(wave, w -> new HashMap<>())
                            .computeIfAbsent(cell, c -> new int[2])[1] =
                        n;
                default -> throw new IllegalStateException("unknown kind");
              }
            });
    return sums;
  }

  private static ResultTable.Sum sum(
      Map<UUID, Map<String, Map<ResultTable.Cell, ResultTable.Sum>>> sums,
      UUID wave,
      String key,
      ResultTable.Cell cell) {
    return sums.computeIfAbsent(wave, w -> new HashMap<>())
        .computeIfAbsent(key, k -> new HashMap<>())
        .computeIfAbsent(cell, c -> new ResultTable.Sum());
  }

  /** The free-text answers of one wave to the items, with the unit of each. */
  List<Text> texts(UUID wave, List<String> items) {
    return jdbc.sql(
            """
            select r.unit_id, a.key, a.value ->> 'text' as text
              from survey_response r cross join lateral jsonb_each(r.answers) a
             where r.wave_id = :wave and a.key = any(:items) and a.value ->> 'text' is not null
             order by a.key, a.value ->> 'text'
            """)
        .param("wave", wave)
        .param("items", items.toArray(String[]::new))
        .query(
            (rs, row) ->
                new Text(
                    rs.getObject("unit_id", UUID.class), rs.getString("key"), rs.getString("text")))
        .list();
  }

  record Text(@Nullable UUID unit, String item, String text) {}

  /** For each pair of waves, how many people were invited to exactly one of them. */
  int[][] audienceChange(List<ResultWave> waves) {
    int[][] change = new int[waves.size()][waves.size()];
    if (waves.size() < 2) {
      return change;
    }
    Map<UUID, Integer> index = new HashMap<>();
    for (int i = 0; i < waves.size(); i++) {
      index.put(waves.get(i).id(), i);
    }
    Map<String, Integer> both = new HashMap<>();
    jdbc.sql(
            """
            select a.wave_id as a, b.wave_id as b, count(*) as n
              from survey_invitation a join survey_invitation b
                on b.staff_id = a.staff_id and b.wave_id <> a.wave_id
             where a.wave_id = any(:waves) and b.wave_id = any(:waves)
             group by 1, 2
            """)
        .param("waves", waves.stream().map(ResultWave::id).toArray(UUID[]::new))
        .query(
            rs -> {
              both.put(rs.getString("a") + "/" + rs.getString("b"), rs.getInt("n"));
            });
    for (int a = 0; a < waves.size(); a++) {
      for (int b = 0; b < waves.size(); b++) {
        if (a != b) {
          int common = both.getOrDefault(waves.get(a).id() + "/" + waves.get(b).id(), 0);
          change[a][b] = waves.get(a).invited() + waves.get(b).invited() - 2 * common;
        }
      }
    }
    return change;
  }

  private static ResultTable.Sum sum(
      Map<String, Map<ResultTable.Cell, ResultTable.Sum>> result, ResultSet rs)
      throws SQLException {
    return result
        .computeIfAbsent(rs.getString("key"), item -> new HashMap<>())
        .computeIfAbsent(cell(rs), c -> new ResultTable.Sum());
  }

  private static ResultTable.Cell cell(ResultSet rs) throws SQLException {
    return new ResultTable.Cell(
        rs.getObject("unit_id", UUID.class), rs.getString("professional_group"));
  }

  private static ResultWave wave(ResultSet rs, int row) throws SQLException {
    return new ResultWave(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        new InstrumentId(rs.getObject("instrument_id", UUID.class)),
        rs.getObject("series_id", UUID.class),
        rs.getBoolean("anonymous"),
        rs.getObject("opens_on", java.time.LocalDate.class),
        rs.getObject("closes_on", java.time.LocalDate.class),
        rs.getString("status"),
        rs.getInt("min_group"),
        rs.getInt("invited"),
        rs.getInt("answered"));
  }
}
