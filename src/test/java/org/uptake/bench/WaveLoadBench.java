package org.uptake.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.uptake.UptakeApplication;
import org.uptake.access.SystemWork;
import org.uptake.organisation.Organisations;
import org.uptake.organisation.UnitDetails;
import org.uptake.organisation.Units;
import org.uptake.platform.OrganisationId;
import org.uptake.platform.TenantContext;
import org.uptake.survey.Instruments;
import org.uptake.survey.Item;
import org.uptake.survey.wave.NewWave;
import org.uptake.survey.wave.WaveId;
import org.uptake.survey.wave.Waves;

/**
 * Survey waves at a region's scale: opening a wave for N staff (N invitations and N mails queued),
 * then over HTTP against the running application: submissions as a person makes them (the form,
 * then the answers; Java client), submissions under wrk (the POST alone, each link once,
 * bench/survey-submit.lua; every one checked against the rows stored) and the form page under wrk
 * (bench/survey-form.lua). Not a test; run it with {@code bench/survey-load.sh [staff]
 * [submissions]}. See docs/benchmarks.md.
 */
public final class WaveLoadBench {

  private static final Pattern LINK = Pattern.compile("/answer/([A-Za-z0-9_-]{43})");

  private WaveLoadBench() {}

  public static void main(String[] args) throws Exception {
    int staff = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    int submissions = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
    Path directory = Path.of("target/bench").toAbsolutePath();
    Files.createDirectories(directory);
    Path data = directory.resolve("waves-" + System.currentTimeMillis());
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(UptakeApplication.class)
            .properties(
                "uptake.data-dir=" + data,
                "server.port=0",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN",
                "uptake.notification.poll-interval=1h")
            .run()) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      OrganisationId organisation = new OrganisationId(UUID.randomUUID());
      SystemWork system = app.getBean(SystemWork.class);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      long seeding = System.nanoTime();
      WaveId wave = seed(app, organisation, staff);
      System.out.printf(Locale.ROOT, "seeded %,d staff in %.1f s%n", staff, secondsSince(seeding));

      long opening = System.nanoTime();
      int invited = system.run(organisation, () -> app.getBean(Waves.class).open(wave));
      double openSeconds = secondsSince(opening);
      int queued =
          TenantContext.runAs(
              organisation,
              () ->
                  jdbc.sql("select count(*) from outbox_mail where origin_module = 'survey'")
                      .query(Integer.class)
                      .single());
      System.out.printf(
          Locale.ROOT,
          "opened: %,d invitations and %,d mails queued in %.1f s (%,.0f invitations/s)%n",
          invited,
          queued,
          openSeconds,
          invited / openSeconds);

      List<String> secrets = new ArrayList<>();
      TenantContext.runAs(
          organisation,
          () ->
              jdbc.sql("select body from outbox_mail where origin_module = 'survey'")
                  .query(String.class)
                  .list()
                  .forEach(
                      body -> {
                        Matcher link = LINK.matcher(body);
                        if (link.find()) {
                          secrets.add(link.group(1));
                        }
                      }));
      Collections.shuffle(secrets, new java.util.Random(1));
      // three disjoint sets of links: the paired Java submissions, the wrk submissions (a link
      // takes answers once) and the form pages (never answered, so every GET is a blank form)
      int forms = Math.min(20_000, secrets.size() - submissions);
      Path file = directory.resolve("survey-secrets.txt");
      Files.write(file, secrets.subList(secrets.size() - forms, secrets.size()));
      Path postLinks = directory.resolve("survey-post-links.txt");
      Files.write(postLinks, secrets.subList(submissions, secrets.size() - forms));
      System.out.printf(
          Locale.ROOT,
          "port %d; %,d form links written to %s, %,d links to submit to %s%n",
          port,
          forms,
          file,
          secrets.size() - forms - submissions,
          postLinks);

      List<Item> items =
          system.run(
              organisation,
              () ->
                  app.getBean(Instruments.class)
                      .get(app.getBean(Waves.class).get(wave).instrument())
                      .instrument()
                      .items());
      String answers = answers(items);
      BenchCpu cpu = new BenchCpu(data);
      System.out.println(
          "PostgreSQL: "
              + jdbc.sql(
                      "select 'fsync ' || current_setting('fsync') || ', synchronous_commit '"
                          + " || current_setting('synchronous_commit')")
                  .query(String.class)
                  .single()
              + "; "
              + cpu.describe());
      cpu.start();
      int paired = submit(port, secrets.subList(0, submissions), answers);
      System.out.println("  " + cpu.per(submissions, "form + submit pair"));

      String wrk = System.getenv().getOrDefault("WRK", "wrk");
      Path body = directory.resolve("survey-answers.txt");
      Files.writeString(body, answers);
      Path result = directory.resolve("survey-submit-result.txt");
      Files.deleteIfExists(result);
      ProcessBuilder posts =
          new ProcessBuilder(
                  wrk,
                  "-t2",
                  "-c32",
                  "-d20s",
                  "--latency",
                  "-s",
                  Path.of("bench/survey-submit.lua").toAbsolutePath().toString(),
                  "http://127.0.0.1:" + port)
              .inheritIO();
      posts.environment().put("LINKS", postLinks.toString());
      posts.environment().put("BODY", body.toString());
      posts.environment().put("RESULT", result.toString());
      posts.environment().put("THREADS", "2");
      try {
        System.out.println(
            "submissions under load (wrk, 2 threads, 32 connections, 20 s; each link once, the POST alone):");
        cpu.start();
        posts.start().waitFor();
        String[] counts = Files.readString(result).trim().split(" ");
        int redirected = Integer.parseInt(counts[1]);
        Thread.sleep(2_000); // the POSTs still in flight when wrk stopped finish
        String postCpu = cpu.per(Integer.parseInt(counts[0]), "POST");
        int[] rows =
            TenantContext.runAs(
                organisation,
                () ->
                    jdbc.sql(
                            """
                            select (select count(*) from survey_response where wave_id = :wave),
                                   (select count(*) from survey_invitation
                                     where wave_id = :wave and answered_on is not null)
                            """)
                        .param("wave", wave.value())
                        .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)})
                        .single());
        int stored = rows[0];
        int answered = rows[1];
        // wrk stops after 20 s with up to 32 POSTs sent and not yet answered: those are stored
        // too but not counted by the script, so up to 32 more rows than redirects are expected
        int unread = stored - paired - redirected;
        boolean ok = unread >= 0 && unread <= 32 && answered == stored && counts[2].equals("0");
        System.out.printf(
            Locale.ROOT,
            "check: %,d paired + %,d wrk submissions redirected to the thank-you page; %,d responses stored,"
                + " %,d invitations answered (%d sent as wrk stopped, their answers not read);"
                + " other wrk responses: %s -> %s%n",
            paired,
            redirected,
            stored,
            answered,
            unread,
            counts[2],
            ok ? "OK" : "MISMATCH (not a result)");
        System.out.println("  " + postCpu);
      } catch (java.io.IOException e) {
        System.out.println("wrk not found: " + e.getMessage());
      }

      Path script = Path.of("bench/survey-form.lua").toAbsolutePath();
      ProcessBuilder load =
          new ProcessBuilder(
                  wrk,
                  "-t2",
                  "-c32",
                  "-d20s",
                  "--latency",
                  "-s",
                  script.toString(),
                  "http://127.0.0.1:" + port)
              .inheritIO();
      load.environment().put("SECRETS", file.toString());
      try {
        System.out.println("form page under load (wrk, 2 threads, 32 connections, 20 s):");
        cpu.start();
        Path formResult = directory.resolve("survey-form-result.txt");
        Files.deleteIfExists(formResult);
        load.environment().put("RESULT", formResult.toString());
        load.start().waitFor();
        if (Files.exists(formResult)) {
          System.out.println(
              "  "
                  + cpu.per(
                      Integer.parseInt(Files.readString(formResult).trim().split(" ")[0]),
                      "form page"));
        }
      } catch (java.io.IOException e) {
        System.out.println("wrk not found: " + e.getMessage());
      }
    }
  }

  /** A complete, valid answer to every item but free text, urlencoded. */
  /**
   * An organisation with {@code staff} active staff with addresses in 100 units, the shipped
   * 14-practice instrument and a wave for everyone, not yet opened (also used by {@link
   * MailSendBench}).
   */
  static WaveId seed(ConfigurableApplicationContext app, OrganisationId organisation, int staff) {
    SystemWork system = app.getBean(SystemWork.class);
    TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
    JdbcClient jdbc = app.getBean(JdbcClient.class);
    return system.run(
        organisation,
        () ->
            transactions.execute(
                status -> {
                  app.getBean(Organisations.class).create(organisation, "Region", "FI", "fi");
                  List<String> units = new ArrayList<>();
                  for (int u = 0; u < 100; u++) {
                    units.add(
                        app.getBean(Units.class)
                            .create(new UnitDetails("U" + u, "Unit " + u, null))
                            .toString());
                  }
                  jdbc.sql(
                          """
                                insert into staff (organisation_id, employee_number, first_name, last_name, email,
                                                   unit_id, professional_group, shift_pattern)
                                select :organisation, 'E' || n, 'First', 'Last' || n, 'person' || n || '@region.example',
                                       cast((cast(:units as text[]))[1 + n % 100] as uuid),
                                       (array['REGISTERED_NURSE','PRACTICAL_NURSE','PHYSICIAN','SOCIAL_WORKER'])[1 + n % 4],
                                       'DAY'
                                  from generate_series(1, :count) as n
                                """)
                      .param("organisation", organisation.value())
                      .param("units", units.toArray(String[]::new))
                      .param("count", staff)
                      .update();
                  var instrument = app.getBean(Instruments.class).addFromLibrary("npt-practices");
                  return app.getBean(Waves.class)
                      .create(
                          new NewWave(
                              instrument,
                              "Region baseline",
                              true,
                              List.of(),
                              List.of(),
                              List.of(),
                              LocalDate.now(),
                              LocalDate.now().plusDays(14),
                              7,
                              2,
                              10));
                }));
  }

  private static String answers(List<Item> items) {
    StringBuilder answers = new StringBuilder("action=send");
    for (Item item : items) {
      String value =
          switch (item.type()) {
            case AGREEMENT_5 -> "4";
            case SCALE_0_10 -> "7";
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> item.options().getFirst().code();
            case FREE_TEXT -> null;
          };
      if (value != null) {
        answers
            .append("&a_")
            .append(URLEncoder.encode(item.linkId(), StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return answers.toString();
  }

  /**
   * Each submission as a browser does it: the form, then the answers.
   *
   * @return the submissions redirected to the thank-you page
   */
  private static int submit(int port, List<String> secrets, String answers) throws Exception {
    HttpClient client =
        HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    Semaphore concurrency = new Semaphore(32);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    int[] failed = {0};
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> all = new ArrayList<>();
      for (String secret : secrets) {
        all.add(
            pool.submit(
                () -> {
                  concurrency.acquireUninterruptibly();
                  try {
                    String url = "http://127.0.0.1:" + port + "/answer/" + secret;
                    HttpResponse<String> form =
                        client.send(
                            HttpRequest.newBuilder(URI.create(url)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (form.statusCode() != 200 || !form.body().contains("name=\"action\"")) {
                      throw new IllegalStateException("no form: " + form.statusCode());
                    }
                    // the link is the credential: no session cookie and no form token needed
                    long sent = System.nanoTime();
                    HttpResponse<Void> response =
                        client.send(
                            HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(answers))
                                .build(),
                            HttpResponse.BodyHandlers.discarding());
                    latencies.add(System.nanoTime() - sent);
                    if (response.statusCode() != 302
                        || !response
                            .headers()
                            .firstValue("Location")
                            .orElse("")
                            .endsWith("/answer/thanks")) {
                      synchronized (failed) {
                        failed[0]++;
                      }
                    }
                  } catch (Exception e) {
                    synchronized (failed) {
                      failed[0]++;
                    }
                  } finally {
                    concurrency.release();
                  }
                  return null;
                }));
      }
      for (Future<?> one : all) {
        one.get();
      }
    }
    double seconds = secondsSince(start);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "submissions: %,d in %.1f s with 32 at once, each after its form page: %,.0f form+submit pairs/s;"
            + " submit latency p50 %.0f ms, p99 %.0f ms; failed %d%n",
        secrets.size(),
        seconds,
        secrets.size() / seconds,
        percentile(sorted, 0.50),
        percentile(sorted, 0.99),
        failed[0]);
    return secrets.size() - failed[0];
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size()))) / 1e6;
  }

  private static double secondsSince(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
