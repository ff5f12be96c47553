package org.uptake.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.uptake.platform.OrganisationId;
import org.uptake.usage.Adoption;
import org.uptake.usage.AdoptionFilter;

/**
 * The adoption dashboard at national scale (see docs/benchmarks.md): the demo, plus N staff in
 * Kuusijärvi's three live units (go-live moved a year back) and a year of daily rollups made with
 * generate_series (deterministic: "random" draws are hashes of person, day and action): 70 % of
 * staff use the service, on 55 % of weekdays and 6 % of weekend days, five actions with uneven use,
 * 1–7 events per person, day and action. Then: each dashboard query's time in the database (p50,
 * p99) over repeated dashboard reads, and, if {@code wrk} is on the PATH, the whole API request
 * with 8 concurrent users.
 *
 * <p>Arguments: [staff (100000)] [reads (50)] [directory (target/bench)].
 */
public final class AdoptionDashboardBench {

  private static final String[] QUERIES = {
    "days", "weeks", "features", "cohorts", "training-to-use"
  };

  private AdoptionDashboardBench() {}

  public static void main(String[] args) throws Exception {
    int staff = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int reads = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    Path directory = Path.of(args.length > 2 ? args[2] : "target/bench");
    Files.createDirectories(directory);
    Path data = directory.resolve("adoption-data-" + UUID.randomUUID());
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
      long started = System.nanoTime();
      String rows = generate(owner, kuusijarvi.value(), rollout.id().value(), live, staff);
      double generateSeconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("generated in %.0f s: %s%n", generateSeconds, rows);

      Adoption adoption = app.getBean(Adoption.class);
      MeterRegistry meters = app.getBean(MeterRegistry.class);
      ImplementationId id = rollout.id();
      Map<String, List<Double>> times = new LinkedHashMap<>();
      for (String q : QUERIES) {
        times.put(q, new ArrayList<>());
      }
      times.put("all five", new ArrayList<>());
      for (int i = 0; i < reads + 3; i++) {
        Map<String, Double> before = totals(meters);
        long t0 = System.nanoTime();
        system.run(kuusijarvi, () -> adoption.figures(id, AdoptionFilter.everything()));
        double all = (System.nanoTime() - t0) / 1e6;
        Map<String, Double> after = totals(meters);
        if (i < 3) {
          continue; // warm-up
        }
        for (String q : QUERIES) {
          times.get(q).add(after.get(q) - before.get(q));
        }
        times.get("all five").add(all);
      }
      StringBuilder report = new StringBuilder();
      report.append(
          String.format(
              "Adoption dashboard, %d staff, %s; generated in %.0f s; %d reads of the default"
                  + " view (12 weeks, all units and groups)%n%n| query | p50 ms | p99 ms |%n|---|---|---|%n",
              staff, rows, generateSeconds, reads));
      times.forEach(
          (q, list) ->
              report.append(
                  String.format("| %s | %.1f | %.1f |%n", q, pct(list, 50), pct(list, 99))));
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      String token =
          Files.readAllLines(data.resolve("demo-credentials.csv")).stream()
              .filter(line -> line.startsWith("Kuusijärvi") && line.contains(",admin,"))
              .findFirst()
              .orElseThrow()
              .split(",", -1)[4];
      report.append(wrk(port, token, id.value())).append('\n');
      System.out.println(report);
      Files.writeString(directory.resolve("adoption-dashboard-" + staff + ".md"), report);
    }
  }

  /** The bench data, as the database owner (no row-level security), seeded. */
  private static String generate(
      JdbcClient owner, UUID organisation, UUID implementation, List<UUID> units, int staff) {
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
                    + " values (?, ?, 'bench-log', 'CSV') returning id")
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
    owner.sql("analyze").update();
    return owner
        .sql(
            "select count(*) || ' usage_daily rows, ' || sum(count) || ' events' from usage_daily"
                + " where source_id = ?")
        .param(source)
        .query(String.class)
        .single();
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

  /** 8 concurrent users for 30 s against the API, if wrk is installed. */
  private static String wrk(int port, String token, UUID implementation)
      throws IOException, InterruptedException {
    List<String> command =
        Arrays.asList(
            "wrk",
            "-t2",
            "-c8",
            "-d30s",
            "--latency",
            "-H",
            "Authorization: Bearer " + token,
            "http://localhost:" + port + "/api/implementations/" + implementation + "/adoption");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes());
      process.waitFor();
      return "\nwrk, 8 connections, 30 s, GET /api/implementations/{id}/adoption:\n```\n"
          + out
          + "```";
    } catch (IOException e) {
      return "\n(wrk not found: the whole-request figures were not measured)";
    }
  }
}
