package org.uptake.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.Fixtures;
import org.uptake.UptakeApplication;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;
import org.uptake.platform.TenantContext;

/**
 * The command line import in its own JVM, killed with SIGKILL half-way through a large file:
 * nothing of the file is stored, and the same command run again imports all of it.
 */
@UptakeTest
class CommandLineImportKillTest {

  private static final int EVENTS = 400_000;

  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired UsageSources sources;
  @Autowired EmbeddedPostgres postgres;
  @Autowired DataSource dataSource;

  @TempDir Path directory;

  @Test
  void aKilledImportLeavesNothingAndRunningItAgainImportsTheWholeFile() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    fixtures.as(
        tenant,
        Role.ADMIN,
        () ->
            sources.create(
                plan.id(),
                "ehr-nightly",
                UsageFormat.CSV,
                CsvMapping.standard(),
                ZoneId.of("Europe/Helsinki")));
    Path file = directory.resolve("usage.csv");
    generate(file);

    Process killed = start(tenant, file, false);
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(killed.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      boolean importing = false;
      StringBuilder seen = new StringBuilder();
      while ((line = err.readLine()) != null) {
        seen.append(line).append('\n');
        if (line.startsWith("... ")) {
          importing = true;
          break;
        }
      }
      assertThat(importing).as("the child reported progress before it ended: %s", seen).isTrue();
      killed.destroyForcibly();
      assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(killed.exitValue()).isNotZero();
    assertThat(count(tenant, "usage_event")).isZero();
    assertThat(count(tenant, "usage_daily")).isZero();
    assertThat(count(tenant, "usage_import")).isZero();
    assertThat(count(tenant, "usage_unknown_user")).isZero();

    Process again = start(tenant, file, true);
    String output = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).as(output).isZero();
    assertThat(output).contains("inserted " + EVENTS + ", duplicates 0, malformed 0");
    assertThat(count(tenant, "usage_event")).isEqualTo(EVENTS);
    assertThat(count(tenant, "usage_import")).isEqualTo(1);
  }

  private Process start(Fixtures.Tenant tenant, Path file, boolean discardErrors)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(UptakeApplication.class.getName());
    command.addAll(
        List.of(
            "usage",
            "import",
            "--source",
            "ehr-nightly",
            "--organisation",
            tenant.id().toString(),
            file.toString(),
            "--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/uptake",
            "--spring.datasource.username=uptake_app",
            "--spring.flyway.enabled=false",
            "--uptake.data-dir=" + directory.resolve("data"),
            "--logging.level.root=WARN"));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (discardErrors) {
      builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    }
    return builder.start();
  }

  private long count(Fixtures.Tenant tenant, String table) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    return TenantContext.runAs(
        tenant.id(), () -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
  }

  /** A seeded file of distinct events: staff of the tenant and a few strangers, over two months. */
  private static void generate(Path file) throws IOException {
    Random random = new Random(7);
    Instant start = Instant.parse("2026-02-01T06:00:00Z");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("time,user,action,unit,id\n");
      for (int i = 0; i < EVENTS; i++) {
        out.write(start.plusSeconds(i * 13L).toString());
        out.write(",user-");
        out.write(Integer.toString(random.nextInt(500)));
        out.write(",feature-");
        out.write(Integer.toString(random.nextInt(8)));
        out.write(",,ev-");
        out.write(Integer.toString(i));
        out.write('\n');
      }
    }
  }
}
