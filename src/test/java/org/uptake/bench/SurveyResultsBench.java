package org.uptake.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.UptakeApplication;
import org.uptake.access.Accounts;
import org.uptake.access.NewAccount;
import org.uptake.access.Role;
import org.uptake.access.SystemWork;
import org.uptake.platform.OrganisationId;
import org.uptake.survey.InstrumentId;
import org.uptake.survey.Instruments;
import org.uptake.survey.ResultBreakdown;
import org.uptake.survey.Results;

/**
 * Results of one wave with many responses: seeded responses (and as many invitations of new staff)
 * written with SQL into the demo organisation, then the results computed in the service, as the API
 * returns them, and as the full page, each the median of several runs. Not a test; run it with
 * {@code bench/survey-results.sh [responses]}. See docs/benchmarks.md.
 */
public final class SurveyResultsBench {

  private static final int RUNS = 7;

  /**
   * Answers sent between two reads: 100 by default; {@code -Dbench.new-answers=6000} is what 20 s
   * at the target's 300 submissions/s leave for a reader between two runs of the background fold.
   */
  private static final int NEW_ANSWERS = Integer.getInteger("bench.new-answers", 100);

  private static final String PASSWORD = "bench horse battery staple";

  private SurveyResultsBench() {}

  public static void main(String[] args) throws Exception {
    long began = System.nanoTime();
    int responses = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    Path data = Path.of("target/bench/survey-data-" + UUID.randomUUID()).toAbsolutePath();
    Files.createDirectories(data);
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(UptakeApplication.class)
            .properties(
                "server.port=0",
                "uptake.data-dir=" + data,
                "logging.level.root=WARN",
                // no background fold: each read after new answers folds them in itself
                "uptake.jobs.survey-results=-")
            .run("--demo")) {
      OrganisationId kuusijarvi =
          new OrganisationId(UUID.nameUUIDFromBytes("uptake-demo:kuusijarvi".getBytes()));
      SystemWork system = app.getBean(SystemWork.class);
      TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      String username = "bench.lead." + UUID.randomUUID().toString().substring(0, 6);
      UUID wave =
          system.run(
              kuusijarvi,
              () ->
                  transactions.execute(
                      status -> {
                        app.getBean(Accounts.class)
                            .create(
                                new NewAccount(
                                    username,
                                    "Bench lead",
                                    null,
                                    PASSWORD,
                                    EnumSet.of(Role.LEAD),
                                    null));
                        InstrumentId instrument =
                            app.getBean(Instruments.class).addFromLibrary("npt-practices");
                        return seed(jdbc, kuusijarvi, instrument, responses);
                      }));
      Results results = app.getBean(Results.class);
      List<String> lines = new ArrayList<>();
      long cold = System.nanoTime();
      system.run(kuusijarvi, () -> results.sheet(wave, ResultBreakdown.UNIT));
      lines.add(
          row(
              "service, first read (builds the cache)",
              responses,
              (System.nanoTime() - cold) / 1e6));
      System.out.println(lines.getLast());
      for (ResultBreakdown by : ResultBreakdown.values()) {
        double median =
            median(() -> system.run(kuusijarvi, () -> results.sheet(wave, by)).rows().size());
        lines.add(row("service, by " + by.code(), responses, median));
        System.out.println(lines.getLast());
      }
      // a read after new answers: 100 more responses sent (queued as a submission queues them)
      // before each read, which folds them into the cache
      double[] folds = new double[RUNS];
      for (int i = 0; i < RUNS; i++) {
        int from = responses + 1 + i * NEW_ANSWERS;
        system.run(
            kuusijarvi,
            () ->
                transactions.execute(
                    status -> {
                      respond(jdbc, kuusijarvi, wave, from, from + NEW_ANSWERS - 1, true, true);
                      return null;
                    }));
        long start = System.nanoTime();
        system.run(kuusijarvi, () -> results.sheet(wave, ResultBreakdown.UNIT));
        folds[i] = (System.nanoTime() - start) / 1e6;
      }
      java.util.Arrays.sort(folds);
      lines.add(
          row(
              "service, first read after " + NEW_ANSWERS + " new responses (folds them in)",
              responses,
              folds[RUNS / 2]));
      System.out.println(lines.getLast());
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      HttpClient http = HttpClient.newBuilder().build();
      String session = BenchSignIn.session(http, "http://localhost:" + port, username, PASSWORD);
      for (String by : List.of("unit", "unit-group")) {
        String page = "http://localhost:" + port + "/waves/" + wave + "/results?by=" + by;
        lines.add(row("page GET, by " + by, responses, median(() -> get(http, page, session))));
        System.out.println(lines.getLast());
      }
      String report =
          "| what | responses | median of "
              + RUNS
              + " runs |\n|---|---|---|\n"
              + String.join("\n", lines)
              + "\n";
      System.out.println(report);
      Files.writeString(Path.of("target/bench/survey-results-" + responses + ".md"), report);
      System.out.printf(
          Locale.ROOT,
          "%,d new answers per read; bench run time %.0f s%n",
          NEW_ANSWERS,
          (System.nanoTime() - began) / 1e9);
    }
  }

  /**
   * The wave, {@code responses} responses spread over the demo units and five professional groups
   * with answers from a hash of their number (seeded, the same every run), scored as Uptake scores
   * the 14-practice check, sent by as many new staff invited to the wave; as many more staff as the
   * runs after new answers will need are invited and have not answered yet.
   */
  private static UUID seed(
      JdbcClient jdbc, OrganisationId organisation, InstrumentId instrument, int responses) {
    UUID wave =
        jdbc.sql(
                """
                insert into survey_wave (organisation_id, instrument_id, series_id, name, anonymous,
                                         audience, opens_on, closes_on, status)
                values (?, ?, gen_random_uuid(), 'Bench wave', true, 'GROUPS', current_date,
                        current_date + 14, 'OPEN')
                returning id
                """)
            .params(organisation.value(), instrument.value())
            .query(UUID.class)
            .single();
    long start = System.nanoTime();
    invite(jdbc, organisation, wave, 1, responses + RUNS * NEW_ANSWERS, responses);
    respond(jdbc, organisation, wave, 1, responses, false, false);
    jdbc.sql("analyze survey_response").update();
    jdbc.sql("analyze survey_invitation").update();
    System.out.printf(
        Locale.ROOT,
        "seeded %,d invitations and %,d responses in %.1f s%n",
        responses + RUNS * NEW_ANSWERS,
        responses,
        (System.nanoTime() - start) / 1e9);
    return wave;
  }

  /**
   * Responses number {@code from} to {@code to}, sent by the invited staff of the same numbers, in
   * their unit and group; when {@code mark}, their invitations are marked answered here (the
   * seeding made them answered), and when {@code queued}, each response also waits to be folded
   * into the results ({@code survey_response_untallied}), as a submission leaves both; the first
   * seeding has no queue, like rows of before V23.
   */
  private static void respond(
      JdbcClient jdbc,
      OrganisationId organisation,
      UUID wave,
      int from,
      int to,
      boolean queued,
      boolean mark) {
    if (mark) {
      String[] numbers =
          java.util.stream.IntStream.rangeClosed(from, to)
              .mapToObj(g -> "b" + g)
              .toArray(String[]::new);
      jdbc.sql(
              """
              update survey_invitation i set answered_on = current_date
                from staff s
               where s.organisation_id = :organisation
                 and lower(s.employee_number) = any(cast(:numbers as text[]))
                 and i.wave_id = :wave and i.staff_id = s.id
              """)
          .param("organisation", organisation.value())
          .param("wave", wave)
          .param("numbers", numbers)
          .update();
    }
    jdbc.sql(
            """
            with response as (
            insert into survey_response (organisation_id, wave_id, unit_id, professional_group,
                                         answers, scores)
            select :organisation, :wave, u.ids[1 + g % array_length(u.ids, 1)],
                   (array['REGISTERED_NURSE', 'PRACTICAL_NURSE', 'PHYSICIAN', 'SOCIAL_WORKER',
                          'PUBLIC_HEALTH_NURSE'])[1 + abs(hashint4(g)) % 5],
                   a.answers,
                   jsonb_build_object(
                     'npt.coherence', (v[1] + v[2] + v[3]) / 3.0,
                     'npt.cognitive-participation', (v[4] + v[5]) / 2.0,
                     'npt.collective-action', (v[6] + v[7] + (6 - v[15]) + v[8] + v[9] + v[10]) / 6.0,
                     'npt.reflexive-monitoring', (v[11] + v[12] + v[13] + v[14]) / 4.0)
              from generate_series(:from, :to) g
                   cross join (select array_agg(id order by code) as ids from unit) u
                   cross join lateral (
                     select array_agg(1 + abs(hashint4(g * 100 + i)) % 5 order by i) as v
                       from generate_series(1, 15) i) x
                   cross join lateral (
                     select jsonb_object_agg(
                              case when i = 15 then 'npt.p07b' else 'npt.p' || lpad(i::text, 2, '0') end,
                              jsonb_build_object('value', v[i])) as answers
                       from generate_series(1, 15) i) a
            returning id, organisation_id, wave_id)
            insert into survey_response_untallied (response_id, organisation_id, wave_id)
            select id, organisation_id, wave_id from response where :queued
            """)
        .param("organisation", organisation.value())
        .param("wave", wave)
        .param("queued", queued)
        .param("from", from)
        .param("to", to)
        .update();
  }

  /**
   * Staff number {@code from} to {@code to}, new in the demo units and five professional groups,
   * invited to the wave; those up to number {@code answered} have answered.
   */
  private static void invite(
      JdbcClient jdbc, OrganisationId organisation, UUID wave, int from, int to, int answered) {
    jdbc.sql(
            """
            with made as (
              insert into staff (organisation_id, employee_number, first_name, last_name, unit_id,
                                 professional_group)
              select :organisation, 'B' || g, 'Bench', 'Person ' || g, u.ids[1 + g % array_length(u.ids, 1)],
                     (array['REGISTERED_NURSE', 'PRACTICAL_NURSE', 'PHYSICIAN', 'SOCIAL_WORKER',
                            'PUBLIC_HEALTH_NURSE'])[1 + abs(hashint4(g)) % 5]
                from generate_series(:from, :to) g
                     cross join (select array_agg(id order by code) as ids from unit) u
              returning id, substr(employee_number, 2)::int as g)
            insert into survey_invitation (organisation_id, wave_id, staff_id, token_hash, invited_on,
                                           answered_on)
            select :organisation, :wave, id, uuid_send(gen_random_uuid()), current_date,
                   case when g <= :answered then current_date end
              from made
            """)
        .param("organisation", organisation.value())
        .param("wave", wave)
        .param("answered", answered)
        .param("from", from)
        .param("to", to)
        .update();
  }

  private static int get(HttpClient http, String url, String session) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).header("Cookie", session).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 || !response.body().contains("Bench wave")) {
        throw new IllegalStateException("page answered " + response.statusCode());
      }
      return response.body().length();
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The median time of {@link #RUNS} runs after one warm-up, in milliseconds. */
  private static double median(Supplier<Integer> work) {
    work.get();
    double[] times = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.get();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    java.util.Arrays.sort(times);
    return times[RUNS / 2];
  }

  private static String row(String what, int responses, double millis) {
    return String.format(Locale.ROOT, "| %s | %,d | %.0f ms |", what, responses, millis);
  }
}
