package org.uptake.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.Accounts;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.organisation.Organisations;
import org.uptake.organisation.UnitId;
import org.uptake.organisation.UnitManagers;
import org.uptake.organisation.Units;
import org.uptake.platform.TenantContext;
import org.uptake.task.NewTask;
import org.uptake.task.Tasks;

/**
 * Follow-up of survey results: the lead sets, per wave, a threshold for a construct; a unit whose
 * mean lies below it gives its managers one inbox task, when the wave closes or when someone checks
 * at once. Only means that results show count: a unit of fewer than k people, or hidden to protect
 * one, gives no task, since the task would tell what the results do not. A unit has its task once
 * per wave however often the check runs.
 */
@Service
public class FollowUpRules {

  /** The origin of the tasks, named by the message key {@code module.survey-results}. */
  public static final String MODULE = "survey-results";

  static final String WRITERS = "hasAnyRole('ADMIN','LEAD') or @systemWork.active()";

  private final JdbcClient jdbc;
  private final Results results;
  private final Instruments instruments;
  private final Units units;
  private final UnitManagers managers;
  private final Tasks tasks;
  private final Accounts accounts;
  private final Organisations organisations;
  private final MessageSource messages;
  private final AuditTrail audit;

  FollowUpRules(
      JdbcClient jdbc,
      Results results,
      Instruments instruments,
      Units units,
      UnitManagers managers,
      Tasks tasks,
      Accounts accounts,
      Organisations organisations,
      MessageSource messages,
      AuditTrail audit) {
    this.jdbc = jdbc;
    this.results = results;
    this.instruments = instruments;
    this.units = units;
    this.managers = managers;
    this.tasks = tasks;
    this.accounts = accounts;
    this.organisations = organisations;
    this.messages = messages;
    this.audit = audit;
  }

  /** The wave's thresholds by construct code, in the instrument's order. */
  @PreAuthorize(Results.READERS)
  @Transactional(readOnly = true)
  public Map<String, Double> thresholds(UUID wave) {
    results.wave(wave);
    Map<String, Double> thresholds = new LinkedHashMap<>();
    jdbc.sql(
            """
            select construct_code, threshold::float8 as threshold from survey_follow_up_threshold
             where wave_id = ? order by construct_code
            """)
        .param(wave)
        .query(
            rs -> {
              thresholds.put(rs.getString("construct_code"), rs.getDouble("threshold"));
            });
    return thresholds;
  }

  /**
   * Sets the wave's thresholds; a construct given null has none.
   *
   * @throws IllegalArgumentException for a construct the wave's instrument does not have
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public void setThresholds(UUID wave, Map<String, @Nullable Double> thresholds) {
    Instrument instrument = instruments.get(results.wave(wave).instrument()).instrument();
    for (var entry : thresholds.entrySet()) {
      if (instrument.construct(entry.getKey()).isEmpty()) {
        throw new IllegalArgumentException("no construct " + entry.getKey());
      }
      Double threshold = entry.getValue();
      if (threshold == null) {
        jdbc.sql("delete from survey_follow_up_threshold where wave_id = ? and construct_code = ?")
            .params(wave, entry.getKey())
            .update();
        continue;
      }
      jdbc.sql(
              """
              insert into survey_follow_up_threshold (organisation_id, wave_id, construct_code,
                                                      threshold, created_by, updated_by)
              values (:organisation, :wave, :construct, :threshold, :actor, :actor)
              on conflict (wave_id, construct_code) do update
                 set threshold = excluded.threshold, updated_at = now(), updated_by = :actor
              """)
          .param("organisation", TenantContext.require().value())
          .param("wave", wave)
          .param("construct", entry.getKey())
          .param("threshold", BigDecimal.valueOf(threshold))
          .param("actor", CurrentUser.accountId().map(AccountId::value).orElse(null))
          .update();
    }
    audit.changed("UPDATE", "survey_wave", wave, "follow-up thresholds");
  }

  /**
   * Gives each unit below a threshold one task for each of its managers, unless it has had them.
   *
   * @return the number of tasks given
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public int check(UUID waveId) {
    Map<String, Double> thresholds = thresholds(waveId);
    if (thresholds.isEmpty()) {
      return 0;
    }
    ResultSheet sheet = results.sheet(waveId, ResultBreakdown.UNIT);
    int k = sheet.wave().k();
    int given = 0;
    for (int r = 0; r < sheet.rows().size(); r++) {
      UUID unit = sheet.rows().get(r).unit();
      if (sheet.rows().get(r).whole() || unit == null || sent(waveId, unit)) {
        continue;
      }
      List<Below> below = new ArrayList<>();
      for (ResultSheet.Line line : sheet.constructs()) {
        Double threshold = thresholds.get(line.code());
        ResultFigure figure = line.figures().get(r);
        Double mean = figure.mean();
        if (threshold != null
            && !figure.suppressed()
            && figure.n() >= k
            && mean != null
            && mean < threshold) {
          below.add(
              new Below(sheet.instrument().construct(line.code()).orElseThrow(), mean, threshold));
        }
      }
      if (below.isEmpty()) {
        continue;
      }
      List<AccountId> people = managers.of(new UnitId(unit));
      for (AccountId manager : people) {
        tasks.assign(task(sheet.wave(), new UnitId(unit), below, manager));
      }
      if (!people.isEmpty()) {
        jdbc.sql(
                """
                insert into survey_follow_up_sent (organisation_id, wave_id, unit_id, constructs, tasks)
                values (?, ?, ?, ?, ?)
                """)
            .params(
                TenantContext.require().value(),
                waveId,
                unit,
                below.stream().map(b -> b.construct().code()).toArray(String[]::new),
                people.size())
            .update();
        given += people.size();
      }
    }
    return given;
  }

  /**
   * Checks every closed wave of the organisation that has thresholds; the number of tasks given.
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public int checkClosed() {
    List<UUID> waves =
        jdbc.sql(
                """
                select w.id from survey_wave w
                 where w.status = 'CLOSED'
                   and exists (select 1 from survey_follow_up_threshold t where t.wave_id = w.id)
                """)
            .query(UUID.class)
            .list();
    int given = 0;
    for (UUID wave : waves) {
      given += check(wave);
    }
    return given;
  }

  private record Below(Construct construct, double mean, double threshold) {}

  private boolean sent(UUID wave, UUID unit) {
    return jdbc.sql(
            "select exists (select 1 from survey_follow_up_sent where wave_id = ? and unit_id = ?)")
        .params(wave, unit)
        .query(Boolean.class)
        .single();
  }

  private NewTask task(ResultWave wave, UnitId unit, List<Below> below, AccountId manager) {
    Locale locale = accounts.languageOf(manager).orElseGet(organisations::language);
    java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(locale);
    number.setMinimumFractionDigits(1);
    number.setMaximumFractionDigits(2);
    List<String> lines = new ArrayList<>();
    for (Below b : below) {
      lines.add(
          messages.getMessage(
              "results.follow-up.task.line",
              new Object[] {
                b.construct().label().in(locale),
                number.format(b.mean()),
                number.format(b.threshold())
              },
              locale));
    }
    return new NewTask(
        manager,
        messages.getMessage(
            "results.follow-up.task.title",
            new Object[] {units.get(unit).name(), wave.name()},
            locale),
        String.join("\n", lines),
        null,
        MODULE,
        "/waves/" + wave.id() + "/results?by=unit");
  }
}
