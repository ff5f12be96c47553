package org.uptake.survey;

import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.uptake.platform.TenantContext;

/**
 * The results cache of a wave ({@code survey_result_cell}): sums by unit, professional group and
 * measure, kept up to date by folding in the responses sent since the last read (queued in {@code
 * survey_response_untallied} by the submission), so a read after new answers sums only those, not
 * the whole wave. Runs in the reader's transaction.
 */
@Component
class ResultCache {

  private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);

  private final JdbcClient jdbc;

  ResultCache(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Brings the wave's cache up to date and returns its counts (responses, invitations, answered).
   * The responses sent since the last read wait in {@code survey_response_untallied} and are folded
   * in, each also counted as answered in its unit and group; the invitations are counted again by
   * the roster only when that would not add up: invitations made or removed, invitations answered
   * without a queued response, or someone invited having moved ({@code survey_result_roster_move},
   * V26). The cache is built from all responses when it does not exist or does not add up
   * (responses written without the queue, as test fixtures and old rows do). Readers of one wave
   * take turns (an advisory lock), so a response is folded in exactly once.
   */
  int[] fresh(UUID wave) {
    long entered = System.nanoTime();
    State state = state(wave);
    if (state.upToDate()) {
      return state.cached();
    }
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(cast(? as text), 7))")
        .param(wave)
        .query(rs -> {});
    if (!Arrays.equals(state.cached(), cached(wave))) {
      // another reader folded while this one waited: look again (else the fold checks itself)
      state = state(wave);
      if (state.upToDate()) {
        return state.cached();
      }
    }
    int @Nullable [] cached = state.cached();
    int[] now = state.now();
    UUID organisation = TenantContext.require().value();
    long start = System.nanoTime();
    String how;
    int[] folded;
    if (cached == null || cached[0] + now[3] != now[0]) {
      how = "built from all responses";
      folded = rebuild(organisation, wave);
    } else if (now[4] > 0 || cached[1] != now[1] || cached[2] + now[3] != now[2]) {
      how = "folded, invitations counted again";
      jdbc.sql(
              "delete from survey_result_cell where wave_id = ? and kind in ('INVITED', 'ANSWERED')")
          .param(wave)
          .update();
      folded = fold(FOLD_QUEUED_RECOUNT, organisation, wave);
      folded[0] += cached[0];
    } else {
      // responses sent after the counts are folded in too: the checks are of the fold's snapshot
      int[] added = fold(FOLD_QUEUED_ANSWERED, organisation, wave);
      how = "folded, answered counted in";
      if (added[3] == 0 && added[1] == cached[1] && added[2] == cached[2] + added[0]) {
        folded = new int[] {cached[0] + added[0], added[1], added[2]};
      } else {
        how = "folded, then built from all responses";
        // the invitations or the roster changed otherwise while this read was under way
        folded = rebuild(organisation, wave);
      }
    }
    jdbc.sql(
            """
            insert into survey_result_cache (organisation_id, wave_id, responses, invitations,
                                             answered)
            values (:organisation, :wave, :responses, :invitations, :answered)
            on conflict (wave_id) do update
               set responses = excluded.responses, invitations = excluded.invitations,
                   answered = excluded.answered, computed_at = now()
            """)
        .param("organisation", organisation)
        .param("wave", wave)
        .param("responses", folded[0])
        .param("invitations", folded[1])
        .param("answered", folded[2])
        .update();
    LOG.debug(
        "wave {}: {} ({} queued; checks {} ms, fold {} ms)",
        wave,
        how,
        now[3],
        (start - entered) / 1_000_000,
        (System.nanoTime() - start) / 1_000_000);
    return new int[] {folded[0], folded[1], folded[2]};
  }

  /** The cache built again from all of the wave's responses and invitations. */
  private int[] rebuild(UUID organisation, UUID wave) {
    jdbc.sql("delete from survey_result_cell where wave_id = ?").param(wave).update();
    return fold(FOLD_ALL, organisation, wave);
  }

  /**
   * Folds responses into the cells in one statement: the number of responses folded in, the wave's
   * invitations and answered invitations in the same snapshot, and (only when adding to the
   * answered counts) the roster moves waiting plus the folded responses with no invited cell to be
   * counted in, 0 when all is well.
   */
  private int[] fold(String sql, UUID organisation, UUID wave) {
    return jdbc.sql(sql)
        .param("organisation", organisation)
        .param("wave", wave)
        .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)})
        .single();
  }

  /**
   * The wave now: its responses, invitations, answered invitations, responses waiting to be folded
   * in and roster moves waiting; and what its cache was made of (null if it has none).
   */
  private record State(int[] now, int @Nullable [] cached) {

    boolean upToDate() {
      return cached != null
          && cached[0] == now[0]
          && cached[1] == now[1]
          && cached[2] == now[2]
          && now[3] == 0
          && now[4] == 0;
    }
  }

  /** The wave's {@link State}, in one snapshot. */
  private State state(UUID wave) {
    return jdbc.sql(
            """
            select (select count(*) from survey_response where wave_id = :wave),
                   i.invited, i.answered,
                   (select count(*) from survey_response_untallied where wave_id = :wave),
                   (select count(*) from survey_result_roster_move where wave_id = :wave),
                   c.responses, c.invitations, c.answered
              from (select count(*) as invited, count(answered_on) as answered
                      from survey_invitation where wave_id = :wave) i
                   left join survey_result_cache c on c.wave_id = :wave
            """)
        .param("wave", wave)
        .query(
            (rs, row) ->
                new State(
                    new int[] {
                      rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)
                    },
                    rs.getObject(6) == null
                        ? null
                        : new int[] {rs.getInt(6), rs.getInt(7), rs.getInt(8)}))
        .single();
  }

  private int @Nullable [] cached(UUID wave) {
    return jdbc.sql(
            "select responses, invitations, answered from survey_result_cache where wave_id = ?")
        .param(wave)
        .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)})
        .optional()
        .orElse(null);
  }

  private static final String INSERT =
      """
      insert into survey_result_cell (organisation_id, wave_id, unit_id, professional_group, kind,
                                      key, answer, n, total)
      """;

  private static final String ADD =
      """
      on conflict (wave_id, unit_id, professional_group, kind, key, answer) do update
         set n = survey_result_cell.n + excluded.n, total = survey_result_cell.total + excluded.total
      """;

  /**
   * The sums of some responses of a wave (respondents, construct scores, points, opt-outs, choices)
   * added to the wave's cells, and those responses taken off the queue, in one statement (so one
   * snapshot: a response sent meanwhile is neither summed nor dequeued). {@code %s} is the
   * responses: all of the wave's, or those queued.
   */
  private static final String FOLD =
      """
      with queued as (
        delete from survey_response_untallied where wave_id = :wave returning response_id
      ), r as materialized (
        %s
      ), respondents as (
      """
          + INSERT
          + """
          select :organisation, :wave, unit_id, professional_group, 'RESPONDENTS', '', '', count(*), 0
            from r group by unit_id, professional_group
      """
          + ADD
          + """
      ), scores as (
      """
          + INSERT
          + """
          select :organisation, :wave, r.unit_id, r.professional_group, 'SCORE', s.key, '',
                 count(*), sum(s.value::numeric)::float8
            from r cross join lateral jsonb_each(r.scores) s
           where jsonb_typeof(s.value) = 'number'
           group by r.unit_id, r.professional_group, s.key
      """
          + ADD
          + """
      ), points as (
      """
          + INSERT
          + """
          select :organisation, :wave, r.unit_id, r.professional_group,
                 case when a.value -> 'value' is not null then 'POINT' else 'OPT_OUT' end, a.key,
                 coalesce(a.value ->> 'value', a.value ->> 'optOut'), count(*),
                 coalesce(sum((a.value ->> 'value')::numeric), 0)::float8
            from r cross join lateral jsonb_each(r.answers) a
           where a.value -> 'value' is not null or a.value -> 'optOut' is not null
           group by 1, 2, 3, 4, 5, 6, 7
      """
          + ADD
          + """
      ), choices as (
      """
          + INSERT
          + """
          select :organisation, :wave, r.unit_id, r.professional_group,
                 case when grouping(c.code) = 0 then 'CHOICE' else 'CHOICE_PEOPLE' end, a.key,
                 coalesce(c.code, ''),
                 case when grouping(c.code) = 0 then count(*) else count(distinct r.id) end, 0
            from r cross join lateral jsonb_each(r.answers) a
                 cross join lateral jsonb_array_elements_text(a.value -> 'choices') c(code)
           where jsonb_typeof(a.value -> 'choices') = 'array'
           group by grouping sets ((r.unit_id, r.professional_group, a.key, c.code),
                                   (r.unit_id, r.professional_group, a.key))
      """
          + ADD
          + """
      ), invitations as (
        %s
      ), moves as (
        %s
      )
      select (select count(*) from r), i.invited, i.answered, %s
        from (select count(*) as invited, count(answered_on) as answered
                from survey_invitation where wave_id = :wave) i
      """;

  private static final String ALL =
      """
      select id, unit_id, professional_group, answers, scores
        from survey_response where wave_id = :wave
      """;

  private static final String QUEUED =
      """
      select s.id, s.unit_id, s.professional_group, s.answers, s.scores
        from queued q join survey_response s on s.id = q.response_id
      """;

  /**
   * Invitations by the person's unit and group now, from the roster (the organisation module's
   * staff table), since an invitation keeps none: one join here instead of 100,000 look-ups.
   */
  private static final String INVITATIONS =
      INSERT
          + """
          select :organisation, :wave, s.unit_id, s.professional_group, k.kind, '', '',
                 case when k.kind = 'INVITED' then count(*) else count(i.answered_on) end, 0
            from survey_invitation i join staff s on s.id = i.staff_id
                 cross join (values ('INVITED'), ('ANSWERED')) k(kind)
           where i.wave_id = :wave
           group by s.unit_id, s.professional_group, k.kind
          """;

  /**
   * The folded responses counted as answered in their unit and group: the unit and group the person
   * had when answering, which is theirs in the roster now as long as no one invited has moved.
   */
  private static final String ANSWERED =
      INSERT
          + """
          select :organisation, :wave, unit_id, professional_group, 'ANSWERED', '', '', count(*), 0
            from r group by unit_id, professional_group
          """
          + ADD;

  /**
   * Roster moves waiting, and folded responses whose unit and group has no invitations counted: 0
   * if all is well.
   */
  private static final String STRAY =
      """
      (select count(*) from survey_result_roster_move where wave_id = :wave)
      + (select count(*) from r
        where not exists (select 1 from survey_result_cell c
                           where c.wave_id = :wave and c.kind = 'INVITED' and c.key = '' and c.answer = ''
                             and c.unit_id is not distinct from r.unit_id
                             and c.professional_group is not distinct from r.professional_group))
      """;

  /** The roster moves this count of the invitations has seen, done with (a later one stays). */
  private static final String SEEN = "delete from survey_result_roster_move where wave_id = :wave";

  private static final String FOLD_ALL = FOLD.formatted(ALL, INVITATIONS, SEEN, "0");

  private static final String FOLD_QUEUED_RECOUNT = FOLD.formatted(QUEUED, INVITATIONS, SEEN, "0");

  private static final String FOLD_QUEUED_ANSWERED =
      FOLD.formatted(QUEUED, ANSWERED, "select 1", STRAY);
}
