package org.uptake.survey.wave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uptake.survey.Answer;
import org.uptake.survey.AnswerOption;
import org.uptake.survey.Instrument;
import org.uptake.survey.Instruments;
import org.uptake.survey.Item;
import org.uptake.survey.OptOut;
import org.uptake.survey.Scoring;
import org.uptake.task.Tasks;

/**
 * Answers drawn at random from a seeded generator, for demonstration data and load tests only: no
 * page or API reaches it. The rows are written as a real submission writes them (answers and scores
 * in the same form, the day of answering only, a person row only in identified waves), on a day
 * within the wave's period.
 */
@Service
public class WaveSamples {

  private static final List<String> COMMENTS_FI =
      List.of(
          "Koulutus tuli liian myöhään, vasta käyttöönoton jälkeen.",
          "Etäkonsultaatio säästää potilaiden matkoja, mutta yövuorossa tukea ei ole.",
          "Toivoisin selkeämmät ohjeet siitä, milloin palvelua käytetään.",
          "Lähitukihenkilö on auttanut paljon.",
          "Järjestelmä on hidas ruuhka-aikaan.");
  private static final List<String> COMMENTS_EN =
      List.of(
          "Training came too late, only after go-live.",
          "Remote consultations save patients travel, but there is no support at night.",
          "I would like clearer guidance on when to use the service.",
          "Our champion has helped a lot.",
          "The system is slow at busy times.");

  private final JdbcClient jdbc;
  private final Waves waves;
  private final Instruments instruments;
  private final org.uptake.access.Accounts accounts;
  private final Tasks tasks;

  WaveSamples(
      JdbcClient jdbc,
      Waves waves,
      Instruments instruments,
      org.uptake.access.Accounts accounts,
      Tasks tasks) {
    this.jdbc = jdbc;
    this.waves = waves;
    this.instruments = instruments;
    this.accounts = accounts;
    this.tasks = tasks;
  }

  /**
   * Opens a wave without mailing anyone (inbox tasks are still given), as demonstration data of a
   * wave whose mails went out long ago.
   */
  @PreAuthorize("@systemWork.active()")
  @Transactional
  public int openQuietly(WaveId wave) {
    return waves.invite(wave, false);
  }

  /**
   * Answers for some of those invited who have not answered: each unit's people answer with the
   * unit's share (0–1; a unit not in the map does not answer), their agreement centred on the
   * unit's mood (1–5); the people in {@code skip} are left unanswered. Returns how many answered.
   */
  @PreAuthorize("@systemWork.active()")
  @Transactional
  public int answer(
      WaveId id,
      Map<UUID, Double> shareByUnit,
      Map<UUID, Double> moodByUnit,
      Set<UUID> skip,
      boolean finnish,
      long seed) {
    Wave wave = waves.get(id);
    Instrument instrument = instruments.get(wave.instrument()).instrument();
    Random random = new Random(seed);
    record Invited(UUID staff, @Nullable UUID unit, @Nullable String group) {}
    List<Invited> invited =
        jdbc.sql(
                """
                select i.staff_id, s.unit_id, s.professional_group
                  from survey_invitation i join staff s on s.id = i.staff_id
                 where i.wave_id = :wave and i.answered_on is null
                 order by s.employee_number
                """)
            .param("wave", id.value())
            .query(
                (rs, row) ->
                    new Invited(
                        rs.getObject("staff_id", UUID.class),
                        rs.getObject("unit_id", UUID.class),
                        rs.getString("professional_group")))
            .list();
    LocalDate last = wave.closesOn().isAfter(LocalDate.now()) ? LocalDate.now() : wave.closesOn();
    long days = Math.max(1, last.toEpochDay() - wave.opensOn().toEpochDay() + 1);
    int answered = 0;
    for (Invited person : invited) {
      if (skip.contains(person.staff())) {
        continue;
      }
      double share = shareByUnit.getOrDefault(person.unit(), 0.0);
      if (random.nextDouble() >= share) {
        continue;
      }
      double mood = moodByUnit.getOrDefault(person.unit(), 3.5);
      Map<String, Answer> answers = draw(instrument, mood, finnish, random);
      // most answer in the first days after the invitation and after each reminder
      long offset = Math.min(days - 1, (long) Math.floor(Math.pow(random.nextDouble(), 2) * days));
      LocalDate day = wave.opensOn().plusDays(offset);
      jdbc.sql(
              "update survey_invitation set answered_on = :day where wave_id = :wave and staff_id = :staff")
          .param("day", day)
          .param("wave", id.value())
          .param("staff", person.staff())
          .update();
      UUID response =
          jdbc.sql(
                  """
                  with response as (
                    insert into survey_response (organisation_id, wave_id, unit_id, professional_group, answers, scores)
                    select organisation_id, id, :unit, :group, cast(:answers as jsonb), cast(:scores as jsonb)
                      from survey_wave where id = :wave
                    returning id, organisation_id, wave_id)
                  insert into survey_response_untallied (response_id, organisation_id, wave_id)
                  select id, organisation_id, wave_id from response
                  returning response_id
                  """)
              .param("unit", person.unit())
              .param("group", person.group())
              .param("answers", AnswerJson.answers(answers))
              .param("scores", AnswerJson.scores(Scoring.score(instrument, answers)))
              .param("wave", id.value())
              .query(UUID.class)
              .single();
      if (!wave.anonymous()) {
        jdbc.sql(
                """
                insert into survey_response_person (response_id, organisation_id, wave_id, staff_id, submitted_at)
                select :response, organisation_id, id, :staff, cast(:day as date) + time '10:00'
                  from survey_wave where id = :wave
                """)
            .param("response", response)
            .param("staff", person.staff())
            .param("day", day)
            .param("wave", id.value())
            .update();
      }
      accounts
          .ofStaff(person.staff())
          .ifPresent(account -> tasks.completeLinked(account, "/waves/" + id + "/answer"));
      answered++;
    }
    return answered;
  }

  private static Map<String, Answer> draw(
      Instrument instrument, double mood, boolean finnish, Random random) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Item item : instrument.items()) {
      if (!item.shown(answers) || (!item.required() && random.nextDouble() < 0.15)) {
        continue;
      }
      Answer answer =
          switch (item.type()) {
            case AGREEMENT_5 ->
                random.nextDouble() < 0.07
                    ? new Answer.OptedOut(OptOut.values()[random.nextInt(OptOut.values().length)])
                    : new Answer.Numeric(clamp(mood + random.nextGaussian() * 0.9, 1, 5));
            case SCALE_0_10 ->
                new Answer.Numeric(clamp((mood - 1) * 2.5 + random.nextGaussian() * 1.8, 0, 10));
            case SINGLE_CHOICE ->
                new Answer.Choices(
                    Set.of(item.options().get(random.nextInt(item.options().size())).code()));
            case MULTIPLE_CHOICE -> {
              List<String> chosen = new ArrayList<>();
              for (AnswerOption option : item.options()) {
                if (random.nextDouble() < 0.4) {
                  chosen.add(option.code());
                }
              }
              if (chosen.isEmpty()) {
                chosen.add(item.options().getFirst().code());
              }
              yield new Answer.Choices(Set.copyOf(chosen));
            }
            case FREE_TEXT -> {
              List<String> comments = finnish ? COMMENTS_FI : COMMENTS_EN;
              yield random.nextDouble() < 0.3 || item.required()
                  ? new Answer.Text(comments.get(random.nextInt(comments.size())))
                  : null;
            }
          };
      if (answer != null) {
        answers.put(item.linkId(), answer);
      }
    }
    return answers;
  }

  private static int clamp(double value, int min, int max) {
    return (int) Math.max(min, Math.min(max, Math.round(value)));
  }
}
