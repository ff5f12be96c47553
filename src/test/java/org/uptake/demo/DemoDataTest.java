package org.uptake.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.uptake.UptakeApplication;

/**
 * Starting with --demo on a fresh data directory loads the demo once; starting again loads nothing
 * twice.
 */
class DemoDataTest {

  @TempDir Path dataDir;

  @Test
  void demoDataIsLoadedOnceWithWorkingCredentialsForEveryRole() throws Exception {
    List<String> credentials;
    String firstUnits;
    try (ConfigurableApplicationContext app = start()) {
      Path file = dataDir.resolve("demo-credentials.csv");
      assertThat(file).exists();
      credentials = Files.readAllLines(file);
      assertThat(credentials.getFirst()).isEqualTo("organisation,role,username,password,api_token");
      assertThat(credentials).hasSize(1 + 2 * 6);
      assertThat(credentials.stream().skip(1).map(line -> line.split(",", -1)[1]).distinct())
          .containsExactlyInAnyOrder(
              "admin", "lead", "manager", "champion", "professional", "researcher");
      assertThat(credentials.stream().filter(line -> line.contains(",admin,")))
          .hasSize(2)
          .allSatisfy(line -> assertThat(line.split(",", -1)[4]).startsWith("upt_"));
      firstUnits = get(app, "/api/units", token(credentials, "Kuusijärvi"));
      String staff = get(app, "/api/staff", token(credentials, "Kuusijärvi"));
      assertThat(firstUnits.split("\"code\"", -1).length - 1).isGreaterThanOrEqualTo(4);
      assertThat(staff.split("\"employeeNumber\"", -1).length - 1).isBetween(110, 130);
      for (String group :
          List.of(
              "registered_nurse",
              "public_health_nurse",
              "practical_nurse",
              "physician",
              "social_worker",
              "digital_counsellor")) {
        assertThat(staff).contains("\"professionalGroup\":\"" + group + "\"");
      }
      String instruments = get(app, "/api/instruments", token(credentials, "Kuusijärvi"));
      assertThat(instruments)
          .as("the three library instruments, published")
          .contains("\"status\":\"PUBLISHED\"")
          .containsPattern("(?s)(\"id\".*){3}");
      String rollouts = get(app, "/api/implementations", token(credentials, "Kuusijärvi"));
      java.util.regex.Matcher rollout =
          java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(rollouts);
      assertThat(rollout.find()).isTrue();
      String findings =
          get(
              app,
              "/api/implementations/" + rollout.group(1) + "/determinants",
              token(credentials, "Kuusijärvi"));
      assertThat(findings).contains("No protected time to learn").contains("FACILITATOR");
      String plan =
          get(
              app,
              "/api/implementations/" + rollout.group(1) + "/actions",
              token(credentials, "Kuusijärvi"));
      assertThat(plan).contains("\"status\":\"DONE\"", "\"overdue\":true", "\"risk\":\"");
      org.uptake.platform.OrganisationId kuusijarvi =
          new org.uptake.platform.OrganisationId(
              java.util.UUID.nameUUIDFromBytes("uptake-demo:kuusijarvi".getBytes()));
      org.springframework.jdbc.core.simple.JdbcClient jdbc =
          app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
      String usage =
          org.uptake.platform.TenantContext.runAs(
              kuusijarvi,
              () ->
                  jdbc.sql(
                          """
                          select (select count(*) from usage_import) || ' '
                                 || (select count(distinct user_id) from usage_daily) || ' '
                                 || (select count(*) from usage_unknown_user) || ' '
                                 || (select (count(*) > 1000)::text from usage_event) || ' '
                                 || (select current_date - min(day) from usage_daily) || ' '
                                 || (select count(distinct d.user_id) from usage_daily d
                                       join usage_source s on s.id = d.source_id
                                      where s.format = 'FHIR_AUDIT_EVENT') || ' '
                                 || (select count(*) from usage_daily d
                                       join usage_source s on s.id = d.source_id
                                      where s.format = 'FHIR_AUDIT_EVENT'
                                        and d.action = 'chat-with-a-nurse')
                          """)
                      .query(String.class)
                      .single());
      assertThat(usage)
          .as(
              "imports, users with usage, unknown ids, many events, days of history,"
                  + " users and chat days of the FHIR AuditEvent source")
          .matches("2 \\d+ 2 true \\d+ \\d+ \\d+");
      String[] figuresOfUse = usage.split(" ");
      assertThat(Integer.parseInt(figuresOfUse[1])).isBetween(20, 110);
      assertThat(Integer.parseInt(figuresOfUse[4]))
          .as("about six months of usage history")
          .isBetween(170, 190);
      assertThat(Integer.parseInt(figuresOfUse[5])).as("users of the mobile app").isBetween(5, 40);
      assertThat(Integer.parseInt(figuresOfUse[6])).as("its features map to ours").isPositive();
      String surveys =
          org.uptake.platform.TenantContext.runAs(
              kuusijarvi,
              () ->
                  jdbc.sql(
                          """
                          with baseline as (
                            select r.unit_id, count(*) as people from survey_response r
                              join survey_wave w on w.id = r.wave_id
                             where w.name = 'Baseline' group by r.unit_id)
                          select (select count(*) from survey_wave) || ' '
                                 || (select count(*) from survey_wave where status = 'OPEN') || ' '
                                 || (select sum(people) from baseline) || ' '
                                 || (select (min(people) < 10 and max(people) >= 10)::text from baseline) || ' '
                                 || (select (count(*) > 0)::text from survey_response_person) || ' '
                                 || (select count(*) from task t join account a on a.id = t.assignee_id
                                      where a.username = 'kuusijarvi.professional' and t.status = 'OPEN'
                                        and t.origin_link like '/waves/%/answer')
                          """)
                      .query(String.class)
                      .single());
      assertThat(surveys)
          .as(
              "waves, open waves, baseline answers, a unit below k, identified answers, nurse's tasks")
          .matches("4 2 \\d+ true true 2");
      assertThat(Integer.parseInt(surveys.split(" ")[2])).isBetween(70, 110);
      String followUps =
          org.uptake.platform.TenantContext.runAs(
              kuusijarvi,
              () ->
                  jdbc.sql(
                          "select count(*) filter (where status = 'OPEN') || ' '"
                              + " || count(*) filter (where outcome is not null) from follow_up")
                      .query(String.class)
                      .single());
      assertThat(followUps).as("open follow-ups, follow-ups with an outcome").matches("\\d+ [1-5]");
      assertThat(Integer.parseInt(followUps.split(" ")[0])).isPositive();
      String adoption =
          get(
              app,
              "/api/implementations/" + rollout.group(1) + "/adoption",
              token(credentials, "Kuusijärvi"));
      tools.jackson.databind.JsonNode figures =
          tools.jackson.databind.json.JsonMapper.builder().build().readTree(adoption);
      assertThat(figures.get("total").get("period").get("active").asLong())
          .as("active users in the last 12 weeks")
          .isBetween(20L, 110L);
      assertThat(figures.get("trainingToUse").get("trained").asLong())
          .as("trained staff")
          .isGreaterThan(figures.get("trainingToUse").get("neverUsed").asLong());
      assertThat(figures.get("cohorts").size()).as("go-live months").isGreaterThanOrEqualTo(2);
      assertThat(figures.get("features").findValues("users"))
          .as("every feature used by someone")
          .allSatisfy(users -> assertThat(users.asLong()).isPositive());
      String otherUnits = get(app, "/api/units", token(credentials, "Fjordvik"));
      assertThat(otherUnits).doesNotContain("KJ-").contains("FV-");
    }
    try (ConfigurableApplicationContext again = start()) {
      assertThat(Files.readAllLines(dataDir.resolve("demo-credentials.csv")))
          .isEqualTo(credentials);
      assertThat(get(again, "/api/units", token(credentials, "Kuusijärvi"))).isEqualTo(firstUnits);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(UptakeApplication.class)
        .run(
            "--demo",
            "--uptake.data-dir=" + dataDir,
            "--server.port=0",
            "--spring.main.banner-mode=off");
  }

  private static String token(List<String> credentials, String organisation) {
    return credentials.stream()
        .filter(line -> line.startsWith(organisation) && line.contains(",admin,"))
        .findFirst()
        .orElseThrow()
        .split(",", -1)[4];
  }

  private static String get(ConfigurableApplicationContext app, String path, String token)
      throws Exception {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
