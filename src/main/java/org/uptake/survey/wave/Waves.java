package org.uptake.survey.wave;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.access.AccountId;
import org.uptake.access.AuditTrail;
import org.uptake.access.CurrentUser;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.platform.NotFoundException;
import org.uptake.platform.TenantContext;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.Instruments;

/**
 * The organisation's survey waves. Evaluators (researchers), leads and admins make, open, close and
 * repeat them; everyone signed in reads the list and the progress, which are counts only. Opening a
 * wave invites its audience: one invitation per person with a personal link whose secret is only in
 * the mail, and an inbox task for those who have an account.
 */
@Service
public class Waves {

  static final String READERS =
      "hasAnyRole('ADMIN','LEAD','MANAGER','RESEARCHER','CHAMPION','PROFESSIONAL')"
          + " or @systemWork.active()";
  static final String WRITERS = "hasAnyRole('ADMIN','LEAD','RESEARCHER') or @systemWork.active()";

  private static final String SELECT =
      """
      select w.*, (select count(*) from survey_invitation i
                    where i.wave_id = w.id and i.answered_on is not null) as answered
        from survey_wave w
      """;

  private final JdbcClient jdbc;
  private final Instruments instruments;
  private final WaveAudience audience;
  private final Invitations invitations;
  private final AuditTrail audit;
  private final Clock clock;

  Waves(
      JdbcClient jdbc,
      Instruments instruments,
      WaveAudience audience,
      Invitations invitations,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.instruments = instruments;
    this.audience = audience;
    this.invitations = invitations;
    this.audit = audit;
    this.clock = clock;
  }

  /** Every wave, the newest first. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<Wave> list() {
    return jdbc.sql(SELECT + " order by w.opens_on desc, w.created_at desc")
        .query(this::row)
        .list();
  }

  /** The waves repeated from one another, the first first. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public List<Wave> series(WaveId id) {
    return jdbc.sql(
            SELECT
                + " where w.series_id = (select series_id from survey_wave where id = :id)"
                + " order by w.opens_on, w.created_at")
        .param("id", id.value())
        .query(this::row)
        .list();
  }

  /**
   * One wave.
   *
   * @throws NotFoundException if it is not in the organisation
   */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public Wave get(WaveId id) {
    return jdbc.sql(SELECT + " where w.id = :id")
        .param("id", id.value())
        .query(this::row)
        .optional()
        .orElseThrow(() -> new NotFoundException("wave"));
  }

  /** How many answered each day, and how many have had a reminder. */
  @PreAuthorize(READERS)
  @Transactional(readOnly = true)
  public WaveProgress progress(WaveId id) {
    Wave wave = get(id);
    List<WaveProgress.Day> days = new ArrayList<>();
    int[] total = {0};
    jdbc.sql(
            """
            select answered_on, count(*) as answered from survey_invitation
             where wave_id = :id and answered_on is not null
             group by answered_on order by answered_on
            """)
        .param("id", id.value())
        .query(
            (rs, row) -> {
              int answered = rs.getInt("answered");
              total[0] += answered;
              return days.add(
                  new WaveProgress.Day(
                      rs.getObject("answered_on", LocalDate.class), answered, total[0]));
            })
        .list();
    int reminded =
        jdbc.sql("select count(*) from survey_invitation where wave_id = :id and reminders > 0")
            .param("id", id.value())
            .query(Integer.class)
            .single();
    return new WaveProgress(wave, days, reminded);
  }

  /**
   * Makes a wave, not yet open.
   *
   * @throws WaveProblem if the instrument version is not published, or employee numbers of the
   *     staff list are not in the roster
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public WaveId create(NewWave wave) {
    if (!instruments.get(wave.instrument()).published()) {
      throw new WaveProblem(
          "wave.problem.unpublished", "Only a published instrument version can be sent");
    }
    List<UUID> listed = List.of();
    if (wave.staffList()) {
      Map<String, UUID> found = audience.byEmployeeNumber(wave.employeeNumbers());
      List<String> unknown =
          wave.employeeNumbers().stream().filter(n -> !found.containsKey(n)).toList();
      if (!unknown.isEmpty()) {
        throw new WaveProblem(
            "wave.problem.unknown-staff",
            "Not in the roster: " + unknown,
            String.join(", ", unknown));
      }
      listed = List.copyOf(found.values());
    }
    WaveId id =
        insert(
            wave.instrument(),
            UUID.randomUUID(),
            wave.name(),
            wave.anonymous(),
            wave.staffList(),
            wave.units().stream().map(u -> u.value()).toList(),
            wave.groups().stream().map(ProfessionalGroup::name).toList(),
            wave.opensOn(),
            wave.closesOn(),
            wave.reminderEveryDays(),
            wave.maxReminders(),
            wave.minGroup());
    invitations.list(id, listed);
    return id;
  }

  /**
   * Makes the next wave of a series: the same instrument, audience, anonymity and reminders, with a
   * new name and dates; not yet open.
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public WaveId repeat(WaveId previous, String name, LocalDate opensOn, LocalDate closesOn) {
    Wave wave = get(previous);
    // the command's checks apply to the new name and dates
    NewWave checked =
        new NewWave(
            wave.instrument(),
            name,
            wave.anonymous(),
            List.of(),
            List.of(),
            List.of(),
            opensOn,
            closesOn,
            wave.reminderEveryDays(),
            wave.maxReminders(),
            wave.minGroup());
    WaveId id =
        insert(
            wave.instrument(),
            wave.series(),
            checked.name(),
            wave.anonymous(),
            wave.staffList(),
            wave.units(),
            wave.groups(),
            opensOn,
            closesOn,
            wave.reminderEveryDays(),
            wave.maxReminders(),
            wave.minGroup());
    if (wave.staffList()) {
      invitations.list(
          id,
          jdbc.sql("select staff_id from survey_invitation where wave_id = :id")
              .param("id", previous.value())
              .query(UUID.class)
              .list());
    }
    return id;
  }

  /**
   * Opens a wave: invites its audience by mail in the organisation's language, and gives those with
   * an account an inbox task. Returns how many were invited.
   *
   * @throws WaveProblem if the wave is not a draft or its audience has no one with an address
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public int open(WaveId id) {
    return invite(id, true);
  }

  /** Opens and invites; without mail only for demonstration data ({@link WaveSamples}). */
  int invite(WaveId id, boolean mail) {
    Wave wave = lock(id);
    if (!wave.draft()) {
      throw new WaveProblem("wave.problem.not-draft", "Only a wave being prepared can be opened");
    }
    int invited = invitations.send(wave, mail);
    jdbc.sql(
            """
            update survey_wave set status = 'OPEN', invited = :invited, updated_at = now(),
                   updated_by = :actor
             where id = :id
            """)
        .param("invited", invited)
        .param("actor", actor())
        .param("id", id.value())
        .update();
    audit.changed("OPEN", "survey_wave", id.value(), "invited " + invited);
    return invited;
  }

  /**
   * Closes an open wave: its links stop working and no more reminders go out.
   *
   * @throws WaveProblem if it is not open
   */
  @PreAuthorize(WRITERS)
  @Transactional
  public void close(WaveId id) {
    Wave wave = lock(id);
    if (!wave.open()) {
      throw new WaveProblem("wave.problem.not-open", "Only an open wave can be closed");
    }
    closeNow(id);
  }

  /** Closes the open waves whose closing day has passed; returns how many. */
  @PreAuthorize("@systemWork.active()")
  @Transactional
  public int closeExpired() {
    List<UUID> expired =
        jdbc.sql(
                "select id from survey_wave where status = 'OPEN' and closes_on < :today for update")
            .param("today", LocalDate.now(clock))
            .query(UUID.class)
            .list();
    expired.forEach(id -> closeNow(new WaveId(id)));
    return expired.size();
  }

  private void closeNow(WaveId id) {
    jdbc.sql(
            """
            update survey_wave set status = 'CLOSED', updated_at = now(), updated_by = :actor
             where id = :id
            """)
        .param("actor", actor())
        .param("id", id.value())
        .update();
    // saved progress that was never sent is of no further use
    jdbc.sql("delete from survey_draft where wave_id = :id").param("id", id.value()).update();
    invitations.closeTasks(id);
    audit.changed("CLOSE", "survey_wave", id.value(), null);
  }

  private Wave lock(WaveId id) {
    jdbc.sql("select id from survey_wave where id = :id for update")
        .param("id", id.value())
        .query(UUID.class)
        .optional()
        .orElseThrow(() -> new NotFoundException("wave"));
    return get(id);
  }

  private WaveId insert(
      InstrumentId instrument,
      UUID series,
      String name,
      boolean anonymous,
      boolean staffList,
      List<UUID> units,
      List<String> groups,
      LocalDate opensOn,
      LocalDate closesOn,
      @Nullable Integer reminderEveryDays,
      int maxReminders,
      int minGroup) {
    UUID id =
        jdbc.sql(
                """
                insert into survey_wave (organisation_id, instrument_id, series_id, name, anonymous, audience,
                                         audience_units, audience_groups, opens_on, closes_on,
                                         reminder_every_days, max_reminders, min_group, status,
                                         created_by, updated_by)
                values (:organisation, :instrument, :series, :name, :anonymous, :audience,
                        cast(:units as uuid[]), cast(:groups as text[]), :opens, :closes,
                        :every, :max, :minGroup, 'DRAFT', :actor, :actor)
                returning id
                """)
            .param("organisation", TenantContext.require().value())
            .param("instrument", instrument.value())
            .param("series", series)
            .param("name", name)
            .param("anonymous", anonymous)
            .param("audience", staffList ? "STAFF_LIST" : "GROUPS")
            .param("units", units.stream().map(UUID::toString).toArray(String[]::new))
            .param("groups", groups.toArray(String[]::new))
            .param("opens", opensOn)
            .param("closes", closesOn)
            .param("every", reminderEveryDays)
            .param("max", maxReminders)
            .param("minGroup", minGroup)
            .param("actor", actor())
            .query(UUID.class)
            .single();
    audit.changed("CREATE", "survey_wave", id, name);
    return new WaveId(id);
  }

  private Wave row(ResultSet rs, int row) throws SQLException {
    UUID[] units = (UUID[]) rs.getArray("audience_units").getArray();
    String[] groups = (String[]) rs.getArray("audience_groups").getArray();
    return new Wave(
        new WaveId(rs.getObject("id", UUID.class)),
        new InstrumentId(rs.getObject("instrument_id", UUID.class)),
        rs.getObject("series_id", UUID.class),
        rs.getString("name"),
        rs.getBoolean("anonymous"),
        rs.getString("audience").equals("STAFF_LIST"),
        Arrays.asList(units),
        Arrays.asList(groups),
        rs.getObject("opens_on", LocalDate.class),
        rs.getObject("closes_on", LocalDate.class),
        rs.getObject("reminder_every_days", Integer.class),
        rs.getInt("max_reminders"),
        rs.getInt("min_group"),
        WaveStatus.valueOf(rs.getString("status")),
        rs.getInt("invited"),
        rs.getInt("answered"));
  }

  private static @Nullable UUID actor() {
    return CurrentUser.accountId().map(AccountId::value).orElse(null);
  }
}
