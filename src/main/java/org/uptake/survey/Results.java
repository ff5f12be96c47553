package org.uptake.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.CurrentUser;
import org.uptake.access.Role;
import org.uptake.access.UptakeUser;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.UnitManagers;
import org.uptake.organisation.Units;
import org.uptake.platform.NotFoundException;

/**
 * The results of survey waves: per construct and item, by unit, professional group or both, with
 * response rates and the trend across the waves of a series. Every figure goes through {@link
 * Suppression} with the wave's k. Researchers, leads and admins see every unit; a manager sees only
 * the units they manage, suppressed the same way (the pattern is made on the whole table first).
 */
@Service
public class Results {

  /** Who may read results. */
  public static final String READERS =
      "hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER') or @systemWork.active()";

  private final ResultQueries queries;
  private final Instruments instruments;
  private final Units units;
  private final UnitManagers managers;

  Results(ResultQueries queries, Instruments instruments, Units units, UnitManagers managers) {
    this.queries = queries;
    this.instruments = instruments;
    this.units = units;
    this.managers = managers;
  }

  /**
   * Folds the answers waiting in the results queue into each wave's cache, so that a reader has at
   * most the answers of the last few seconds to add, however many came in since anyone last looked.
   * Run by {@link SurveyResultJob}; shows nothing.
   *
   * @return the number of waves brought up to date
   */
  @PreAuthorize("@systemWork.active()")
  @Transactional
  public int foldQueued() {
    return queries.foldQueued();
  }

  /** The organisation's waves, newest first, with their invited and answered counts. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<ResultWave> waves() {
    return queries.waves();
  }

  /**
   * One wave.
   *
   * @throws NotFoundException if it is not in the organisation
   */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public ResultWave wave(UUID id) {
    return queries.wave(id).orElseThrow(() -> new NotFoundException("wave"));
  }

  /**
   * The results of a wave in a breakdown, as the reader may see them. Writes only the wave's
   * results cache, when new responses have made it stale.
   *
   * @throws NotFoundException if the wave is not in the organisation
   */
  @PreAuthorize(READERS)
  @Transactional
  public ResultSheet sheet(UUID waveId, ResultBreakdown by) {
    ResultWave uncounted =
        queries.waveUncounted(waveId).orElseThrow(() -> new NotFoundException("wave"));
    Instrument instrument = instruments.get(uncounted.instrument()).instrument();
    int k = Suppression.checkK(uncounted.k());
    @Nullable Set<UUID> only = limitedTo();
    List<ResultWave> listed = queries.series(uncounted.series());
    if (listed.stream().noneMatch(w -> w.id().equals(uncounted.id()))) {
      listed = new ArrayList<>(listed);
      listed.add(uncounted);
    }
    List<UUID> ids = listed.stream().map(ResultWave::id).toList();
    ResultQueries.Sums sums = queries.sums(ids);
    ResultWave wave = sums.counted(uncounted);
    List<ResultWave> series = listed.stream().map(sums::counted).toList();
    Map<UUID, Map<ResultTable.Cell, Integer>> respondents = sums.respondents();
    Map<UUID, Map<String, Map<ResultTable.Cell, ResultTable.Sum>>> scores = sums.scores();
    Map<ResultTable.Cell, Integer> own = respondents.getOrDefault(wave.id(), Map.of());
    Map<String, Map<ResultTable.Cell, ResultTable.Sum>> answers =
        sums.answers().getOrDefault(wave.id(), Map.of());
    Map<ResultTable.Cell, int[]> invitations = sums.invitations().getOrDefault(wave.id(), Map.of());

    List<UUID> unitOrder = units.names().keySet().stream().map(UnitId::value).toList();
    Set<ResultTable.Cell> cells = new java.util.HashSet<>(own.keySet());
    cells.addAll(invitations.keySet());
    ResultTable table = new ResultTable(cells, unitOrder);
    List<ResultSheet.Row> rows = table.rows(by, only);

    List<ResultFigure> people = table.figures(counted(own), rows, k);
    Map<String, Map<ResultTable.Cell, ResultTable.Sum>> ownScores =
        scores.getOrDefault(wave.id(), Map.of());
    List<ResultSheet.Line> constructs = new ArrayList<>();
    for (Construct construct : instrument.constructs()) {
      constructs.add(
          new ResultSheet.Line(
              construct.code(),
              table.figures(ownScores.getOrDefault(construct.code(), Map.of()), rows, k)));
    }
    List<ResultSheet.Line> items = new ArrayList<>();
    for (Item item : instrument.items()) {
      if (item.type() != ResponseType.FREE_TEXT) {
        items.add(
            new ResultSheet.Line(
                item.linkId(),
                table.figures(answers.getOrDefault(item.linkId(), Map.of()), rows, k)));
      }
    }
    return new ResultSheet(
        wave,
        instrument,
        ResultTable.shown(by, only),
        rows,
        people,
        constructs,
        items,
        rates(table, invitations, rows, k),
        trend(series, respondents, scores, instrument, only, unitOrder),
        texts(wave, instrument, people, rows, k));
  }

  /** The units a manager is limited to, or null for a reader who sees every unit. */
  private @Nullable Set<UUID> limitedTo() {
    UptakeUser user = CurrentUser.find().orElse(null);
    if (user == null || user.hasAny(Role.ADMIN, Role.LEAD, Role.RESEARCHER)) {
      return null;
    }
    return managers.unitsOf(user.accountId()).stream()
        .map(UnitId::value)
        .collect(Collectors.toSet());
  }

  private static Map<ResultTable.Cell, ResultTable.Sum> counted(
      Map<ResultTable.Cell, Integer> counts) {
    Map<ResultTable.Cell, ResultTable.Sum> measure = new HashMap<>();
    counts.forEach(
        (cell, n) -> {
          ResultTable.Sum sum = new ResultTable.Sum();
          sum.n = n;
          measure.put(cell, sum);
        });
    return measure;
  }

  /** Response rates, hidden where the answered or the invited people would be a small group. */
  private static List<ResultSheet.Rate> rates(
      ResultTable table,
      Map<ResultTable.Cell, int[]> invitations,
      List<ResultSheet.Row> rows,
      int k) {
    Map<ResultTable.Cell, Integer> invited = new HashMap<>();
    Map<ResultTable.Cell, Integer> answered = new HashMap<>();
    invitations.forEach(
        (cell, counts) -> {
          invited.put(cell, counts[0]);
          answered.put(cell, counts[1]);
        });
    boolean[] hiddenInvited = table.hidden(invited, rows, k);
    boolean[] hiddenAnswered = table.hidden(answered, rows, k);
    List<ResultSheet.Rate> rates = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (hiddenInvited[i] || hiddenAnswered[i]) {
        rates.add(new ResultSheet.Rate(true, 0, 0));
      } else {
        rates.add(
            new ResultSheet.Rate(
                false,
                ResultTable.sum(invited, rows.get(i)),
                ResultTable.sum(answered, rows.get(i))));
      }
    }
    return rates;
  }

  /**
   * Construct figures of every opened wave of the series: the whole wave, or for a manager each of
   * their units. Each wave is suppressed as its own table, then across waves ({@link
   * Suppression#acrossWaves}).
   */
  private List<ResultSheet.TrendPoint> trend(
      List<ResultWave> series,
      Map<UUID, Map<ResultTable.Cell, Integer>> respondents,
      Map<UUID, Map<String, Map<ResultTable.Cell, ResultTable.Sum>>> scores,
      Instrument instrument,
      @Nullable Set<UUID> only,
      List<UUID> unitOrder) {
    int[] wholeCounts = new int[series.size()];
    int k = series.stream().mapToInt(ResultWave::k).max().orElse(Suppression.DEFAULT_K);
    for (int i = 0; i < series.size(); i++) {
      wholeCounts[i] =
          respondents.getOrDefault(series.get(i).id(), Map.of()).values().stream()
              .mapToInt(Integer::intValue)
              .sum();
    }
    boolean[] waveHidden = Suppression.acrossWaves(wholeCounts, queries.audienceChange(series), k);
    List<ResultSheet.TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      ResultWave wave = series.get(i);
      Map<ResultTable.Cell, Integer> counts = respondents.getOrDefault(wave.id(), Map.of());
      ResultTable table = new ResultTable(counts.keySet(), unitOrder);
      List<ResultSheet.Row> rows =
          only == null ? List.of(ResultSheet.Row.WHOLE) : table.rows(ResultBreakdown.UNIT, only);
      Map<String, List<ResultFigure>> byConstruct = new LinkedHashMap<>();
      for (Construct construct : instrument.constructs()) {
        byConstruct.put(
            construct.code(),
            waveHidden[i]
                ? rows.stream().map(r -> ResultFigure.hidden()).toList()
                : table.figures(
                    scores
                        .getOrDefault(wave.id(), Map.of())
                        .getOrDefault(construct.code(), Map.of()),
                    rows,
                    k));
      }
      for (int r = 0; r < rows.size(); r++) {
        Map<String, ResultFigure> figures = new LinkedHashMap<>();
        for (var entry : byConstruct.entrySet()) {
          figures.put(entry.getKey(), entry.getValue().get(r));
        }
        points.add(
            new ResultSheet.TrendPoint(
                wave.id(), wave.name(), wave.opensOn(), rows.get(r), figures));
      }
    }
    return points;
  }

  /** Free-text answers, only from rows of at least k people that are shown. */
  private Map<String, List<String>> texts(
      ResultWave wave,
      Instrument instrument,
      List<ResultFigure> people,
      List<ResultSheet.Row> rows,
      int k) {
    List<String> textItems =
        instrument.items().stream()
            .filter(i -> i.type() == ResponseType.FREE_TEXT)
            .map(Item::linkId)
            .toList();
    Map<String, List<String>> texts = new LinkedHashMap<>();
    if (textItems.isEmpty()) {
      return texts;
    }
    Set<@Nullable UUID> shownUnits = new java.util.HashSet<>();
    boolean whole = false;
    for (int i = 0; i < rows.size(); i++) {
      ResultFigure figure = people.get(i);
      if (figure.suppressed() || !Suppression.textsShown(figure.n(), k)) {
        continue;
      }
      ResultSheet.Row row = rows.get(i);
      if (row.whole()) {
        whole = true;
      } else if (row.by() == ResultBreakdown.UNIT) {
        shownUnits.add(row.unit());
      }
    }
    if (!whole && shownUnits.isEmpty()) {
      return texts;
    }
    for (ResultQueries.Text text : queries.texts(wave.id(), textItems)) {
      if (whole || shownUnits.contains(text.unit())) {
        texts.computeIfAbsent(text.item(), item -> new ArrayList<>()).add(text.text());
      }
    }
    return texts;
  }
}
