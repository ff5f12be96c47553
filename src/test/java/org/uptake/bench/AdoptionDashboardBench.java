package org.uptake.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.UptakeApplication;
import org.uptake.access.SystemWork;
import org.uptake.implementation.Implementation;
import org.uptake.implementation.ImplementationId;
import org.uptake.implementation.Implementations;
import org.uptake.implementation.PhaseName;
import org.uptake.implementation.UnitPlan;
import org.uptake.organisation.ProfessionalGroup;
import org.uptake.organisation.UnitId;
import org.uptake.platform.OrganisationId;
import org.uptake.usage.Adoption;
import org.uptake.usage.AdoptionFilter;
import org.uptake.usage.BenchSummaries;

/**
 * The adoption dashboard at national scale (see docs/benchmarks.md): the demo, plus N staff in
 * Kuusijärvi's three live units (go-live moved a year back) and a year of daily rollups made with
 * generate_series (deterministic: "random" draws are hashes of person, day and action): 70 % of
 * staff use the service, on 55 % of weekdays and 6 % of weekend days, five actions with uneven use,
 * 1–7 events per person, day and action. Then: each dashboard query's time in the database (p50,
 * p99) over repeated dashboard reads, and, if {@code wrk} is on the PATH, the whole API request
 * with 8 concurrent users.
 *
 * <p>Arguments: [staff (100000)] [reads (50)] [directory (/work/bench-data/adoption-100k)]. The
 * database is kept in the directory's {@code data}: a second run finds it and only measures.
 */
public final class AdoptionDashboardBench {

  private static final String[] QUERIES = {
    "days", "weeks", "features", "cohorts", "training-to-use"
  };

  private AdoptionDashboardBench() {}

  public static void main(String[] args) throws Exception {
    long begun = System.nanoTime();
    int staff = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int reads = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Path directory =
        Path.of(args.length > 2 ? args[2] : "/work/bench-data/adoption-" + staff / 1000 + "k");
    Files.createDirectories(directory);
    Path data = directory.resolve("data");
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(UptakeApplication.class)
            .properties(
                "server.port=0",
                "uptake.data-dir=" + data,
                "logging.level.root=WARN",
                "uptake.pool.maximum-pool-size=10")
            .run("--demo")) {
      OrganisationId kuusijarvi =
          new OrganisationId(UUID.nameUUIDFromBytes("uptake-demo:kuusijarvi".getBytes()));
      SystemWork system = app.getBean(SystemWork.class);
      Implementation rollout =
          system.run(
              kuusijarvi,
              () -> {
                Implementations all = app.getBean(Implementations.class);
                return all.get(all.list().getFirst().id());
              });
      List<UUID> live = new ArrayList<>();
      for (UnitPlan plan : rollout.units()) {
        if (plan.phase(PhaseName.GO_LIVE).actualStart() != null) {
          live.add(plan.unit().value());
        }
      }
      JdbcClient owner = JdbcClient.create(app.getBean("ownerDataSource", DataSource.class));
      boolean generated =
          owner
                  .sql("select count(*) from usage_source where name = 'bench-log'")
                  .query(Long.class)
                  .single()
              > 0;
      long started = System.nanoTime();
      if (!generated) {
        generate(app, owner, kuusijarvi, rollout.id().value(), live, staff);
      }
      double generateSeconds = (System.nanoTime() - started) / 1e9;
      String rows = describe(owner);
      System.out.printf(
          "%s in %.0f s: %s%n", generated ? "data reused" : "generated", generateSeconds, rows);

      Adoption adoption = app.getBean(Adoption.class);
      MeterRegistry meters = app.getBean(MeterRegistry.class);
      ImplementationId id = rollout.id();
      LocalDate today = LocalDate.now();
      AdoptionFilter narrow =
          new AdoptionFilter(
              Set.of(new UnitId(live.getFirst())),
              Set.of(ProfessionalGroup.REGISTERED_NURSE),
              today.minusDays(27),
              today);
      StringBuilder report = new StringBuilder();
      report.append(
          String.format(
              "Adoption dashboard, %d staff: %s; %s; load average before: %s%n",
              staff,
              rows,
              generated
                  ? "data reused from " + data
                  : String.format("generated in %.0f s into %s", generateSeconds, data),
              loadAverage()));
      report.append(
          measure(
              system,
              kuusijarvi,
              adoption,
              meters,
              id,
              AdoptionFilter.everything(),
              reads,
              "the default view (12 weeks, all units and groups)"));
      report.append(
          measure(
              system,
              kuusijarvi,
              adoption,
              meters,
              id,
              narrow,
              reads,
              "a filter (one unit, registered nurses, 4 weeks)"));
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      String[] admin =
          Files.readAllLines(data.resolve("demo-credentials.csv")).stream()
              .filter(line -> line.startsWith("Kuusijärvi") && line.contains(",admin,"))
              .findFirst()
              .orElseThrow()
              .split(",", -1);
      String base = "http://localhost:" + port;
      String api = base + "/api/implementations/" + id.value() + "/adoption";
      String filter =
          "?unit="
              + live.getFirst()
              + "&group=REGISTERED_NURSE&from="
              + today.minusDays(27)
              + "&to="
              + today;
      String bearer = "Authorization: Bearer " + admin[4];
      String session =
          "Cookie: " + BenchSignIn.session(HttpClient.newHttpClient(), base, admin[2], admin[3]);
      report.append(wrk("API, default view", bearer, api));
      report.append(wrk("API, filter", bearer, api + filter));
      report.append(
          wrk(
              "HTML page, default view",
              session,
              base + "/implementations/" + id.value() + "/adoption"));
      report.append(
          String.format(
              "%nload average after: %s; whole run %.0f s%n",
              loadAverage(), (System.nanoTime() - begun) / 1e9));
      System.out.println(report);
      Files.writeString(directory.resolve("adoption-dashboard-" + staff + ".md"), report);
    }
  }

  private static String measure(
      SystemWork system,
      OrganisationId organisation,
      Adoption adoption,
      MeterRegistry meters,
      ImplementationId id,
      AdoptionFilter filter,
      int reads,
      String what) {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    for (String q : QUERIES) {
      times.put(q, new ArrayList<>());
    }
    times.put("all five (Adoption.figures)", new ArrayList<>());
    for (int i = 0; i < reads + 3; i++) {
      Map<String, Double> before = totals(meters);
      long t0 = System.nanoTime();
      system.run(organisation, () -> adoption.figures(id, filter));
      double all = (System.nanoTime() - t0) / 1e6;
      Map<String, Double> after = totals(meters);
      if (i < 3) {
        continue; // warm-up
      }
      for (String q : QUERIES) {
        times.get(q).add(after.get(q) - before.get(q));
      }
      times.get("all five (Adoption.figures)").add(all);
    }
    StringBuilder out =
        new StringBuilder(
            String.format(
                "%n%d reads of %s, one at a time%n%n| query | p50 ms | p99 ms |%n|---|---|---|%n",
                reads, what));
    times.forEach(
        (q, list) ->
            out.append(String.format("| %s | %.1f | %.1f |%n", q, pct(list, 50), pct(list, 99))));
    return out.toString();
  }

  private static String describe(JdbcClient owner) {
    return owner
        .sql(
            """
            select (select count(*) from staff where employee_number like 'BN%') || ' bench staff, '
                   || count(*) || ' usage_daily rows standing for ' || sum(count) || ' events, '
                   || (select count(*) from usage_person_day p join usage_source s
                         on s.implementation_id = p.implementation_id and s.name = 'bench-log')
                   || ' usage_person_day rows (raw events not stored); pre-summed (V25): '
                   || (select count(*) from adoption_person) || ' adoption_person, '
                   || (select count(*) from adoption_day) || ' adoption_day, '
                   || (select count(*) from adoption_action_day) || ' adoption_action_day, '
                   || (select count(*) from adoption_trained) || ' adoption_trained rows; (V27) '
                   || (select count(*) from adoption_action_week) || ' adoption_action_week rows; (V29) '
                   || (select count(*) from adoption_day_total) || ' adoption_day_total, '
                   || (select count(*) from adoption_week) || ' adoption_week, '
                   || (select count(*) from adoption_trained_total) || ' adoption_trained_total rows'
              from usage_daily where source_id = (select id from usage_source where name = 'bench-log')
            """)
        .query(String.class)
        .single();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The bench data, as the database owner (no row-level security), seeded. */
  private static void generate(
      ConfigurableApplicationContext app,
      JdbcClient owner,
      OrganisationId org,
      UUID implementation,
      List<UUID> units,
      int staff) {
    UUID organisation = org.value();
    long start = System.nanoTime();
    LocalDate today = LocalDate.now();
    LocalDate first = today.minusDays(364);
    // the live units went live a year ago, a month apart
    for (int i = 0; i < units.size(); i++) {
      owner
          .sql(
              "update implementation_phase set actual_start = ? where implementation_id = ?"
                  + " and unit_id = ? and phase = 'GO_LIVE'")
          .params(first.plusDays(30L * i), implementation, units.get(i))
          .update();
    }
    String unitArray =
        "array[" + String.join(",", units.stream().map(u -> "'" + u + "'::uuid").toList()) + "]";
    owner
        .sql(
            """
            insert into staff (organisation_id, employee_number, first_name, last_name, unit_id,
                               professional_group, shift_pattern)
            select :organisation, 'BN' || g, 'Bench', 'Person ' || g, (%s)[1 + g %% %d],
                   (array['REGISTERED_NURSE','PRACTICAL_NURSE','PHYSICIAN','PUBLIC_HEALTH_NURSE',
                          'SOCIAL_WORKER','DIGITAL_COUNSELLOR'])[1 + (g * 7) %% 6], 'DAY'
              from generate_series(1, :staff) g
            """
                .formatted(unitArray, units.size()))
        .param("organisation", organisation)
        .param("staff", staff)
        .update();
    owner
        .sql(
            """
            insert into usage_training (organisation_id, implementation_id, staff_id, trained_on, source)
            select s.organisation_id, :implementation, s.id,
                   p.actual_start - abs(hashtext('d' || s.employee_number)) % 30, 'IMPORT'
              from staff s join implementation_phase p
                on p.unit_id = s.unit_id and p.implementation_id = :implementation and p.phase = 'GO_LIVE'
             where s.employee_number like 'BN%' and abs(hashtext('t' || s.employee_number)) % 100 < 80
            """)
        .param("implementation", implementation)
        .update();
    UUID source =
        owner
            .sql(
                "insert into usage_source (organisation_id, implementation_id, name, format)"
                    + " values (?, ?, 'bench-log', 'NDJSON') returning id")
            .params(organisation, implementation)
            .query(UUID.class)
            .single();
    owner
        .sql(
            """
            insert into usage_daily (organisation_id, source_id, user_id, day, action, count, first_use, last_use)
            select :organisation, :source, 'bn' || g, d::date, a.action, c, d::date + time '08:00', d::date + time '08:00' + c * interval '20 minutes'
              from generate_series(1, :staff) g
              cross join generate_series(cast(:first as date), cast(:today as date), interval '1 day') d
              cross join unnest(array['open-inbox','chat-with-a-nurse','secure-messages','video-visit','e-forms'],
                                array[0.9, 0.5, 0.45, 0.15, 0.25]) a(action, p)
              cross join lateral (select 1 + abs(hashtext('c' || g || d::date || a.action)) %% 7 as c) n
             where g %% 10 < 7
               and abs(hashtext(g || ':' || d::date || a.action)) / 2147483647.0 < a.p * case when extract(isodow from d) >= 6 then 0.06 else 0.55 end
            """
                .replace("%%", "%"))
        .param("organisation", organisation)
        .param("source", source)
        .param("staff", staff)
        .param("first", first)
        .param("today", today)
        .update();
    long t0 = System.nanoTime();
    owner.sql("analyze").update();
    System.out.printf("usage_daily made in %.0f s%n", (t0 - start) / 1e9);
    // the dashboard's summaries, by the call every import makes after its upsert
    BenchSummaries.refresh(app, org, implementation, source, first, today);
    owner.sql("analyze").update();
  }

  private static Map<String, Double> totals(MeterRegistry meters) {
    Map<String, Double> totals = new LinkedHashMap<>();
    for (String q : QUERIES) {
      Timer timer = meters.find("uptake.adoption.query").tag("query", q).timer();
      totals.put(q, timer == null ? 0 : timer.totalTime(TimeUnit.MILLISECONDS));
    }
    return totals;
  }

  private static double pct(List<Double> values, int percentile) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /**
   * 8 concurrent users for 30 s, if wrk is installed, {@code bench.wrk-runs} times in a row
   * (default 2): the first run is the first load the request's code meets after start (its
   * compilation to machine code happens during it), a later one the same code warm.
   */
  private static String wrk(String what, String header, String url)
      throws IOException, InterruptedException {
    List<String> command =
        Arrays.asList(
            "wrk", "-t2", "-c8", "-d30s", "--timeout", "60s", "--latency", "-H", header, url);
    StringBuilder report = new StringBuilder();
    int runs = Integer.getInteger("bench.wrk-runs", 2);
    for (int run = 1; run <= runs; run++) {
      try {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        report.append(
            String.format(
                "%nwrk, 8 connections, 30 s, %s, run %d of %d%s:%n```%n%s```%n",
                what, run, runs, run == 1 ? " (the first load after start)" : "", out));
      } catch (IOException e) {
        return "\n(wrk not found: the whole-request figures were not measured)\n";
      }
    }
    return report.toString();
  }
}
