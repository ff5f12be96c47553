package org.uptake.usage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.usage.AdoptionFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The adoption page, its workbook and the API show the hand-made history's figures. */
@UptakeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdoptionPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AdoptionFixtures histories;

  AdoptionFixtures.History history;
  String base;
  LocalDate m;

  @BeforeAll
  void history() {
    history = histories.history();
    m = history.m();
    base = "/implementations/" + history.plan().id();
  }

  private String page(Role role, String query) throws Exception {
    return mvc.perform(
            get(base + "/adoption" + query)
                .with(fixtures.signedIn(history.tenant(), role))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String period() {
    return "?from=" + m + "&to=" + m.plusDays(13);
  }

  @Test
  void thePageShowsTheFiguresInTextAndTables() throws Exception {
    String html = page(Role.LEAD, period());
    assertThat(html)
        .contains(
            "3 of 5 staff used the service at least once (60 %). 4 of them are trained; 3 of the"
                + " trained used it (75 %).",
            "Ward A",
            "Clinic B",
            "Registered nurse",
            "Physician",
            "<th scope=\"row\">Chat</th>",
            "open (an action in the log, not a listed feature)",
            "Days from training to first use: median 2.5 (quartiles 2.3 and 2.8)",
            "<svg",
            "adoption.xlsx",
            "(fewer than 5)")
        .doesNotContain("??", "style=\"");
    java.time.format.DateTimeFormatter english =
        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    // the period and the days written as an English reader writes them; the date inputs stay ISO
    assertThat(html)
        .contains(m.format(english), m.plusDays(13).format(english), "value=\"" + m + "\"")
        .doesNotContain("<th scope=\"row\">" + m + "</th>");
  }

  @Test
  void everyShareIsWrittenAsTheReadersLanguageWritesNumbers() throws Exception {
    String html =
        mvc.perform(
                get(base + "/adoption" + period())
                    .with(fixtures.signedIn(history.tenant(), Role.LEAD))
                    .header("Accept-Language", "fi"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    java.util.regex.Pattern comma = java.util.regex.Pattern.compile("\\d+,\\d %");
    java.util.regex.Pattern point = java.util.regex.Pattern.compile("\\d+\\.\\d %");
    // the tables, the bars' titles and the summary alike: "33,3 %", never "33.3 %"
    assertThat(comma.matcher(html).results().count()).isGreaterThan(3);
    assertThat(point.matcher(html).results().map(java.util.regex.MatchResult::group).toList())
        .isEmpty();
    assertThat(page(Role.LEAD, period())).containsPattern("\\d+\\.\\d %");
    // a week's cell and its bar's title (the chart's text alternative), made in Java
    assertThat(html).contains("<td>66,7 %</td>", "<title>" + isoWeek(m) + ": 66,7 %</title>");
    assertThat(page(Role.LEAD, period()))
        .contains("<td>66.7 %</td>", "<title>" + isoWeek(m) + ": 66.7 %</title>");
  }

  @Test
  void aManagerSeesOnlyTheirUnitAndTheFilterByGroupNarrowsIt() throws Exception {
    String html = page(Role.MANAGER, period());
    assertThat(html).contains("Ward A").doesNotContain("Clinic B");
    assertThat(html).contains("2 of 3 staff used the service");
    String nurses = page(Role.MANAGER, period() + "&group=practical_nurse");
    assertThat(nurses).contains("1 of 1 staff used the service");
  }

  @Test
  void anUnknownGroupOrABackwardPeriodIsABadRequest() throws Exception {
    mvc.perform(
            get(base + "/adoption?group=surgeon")
                .with(fixtures.signedIn(history.tenant(), Role.LEAD)))
        .andExpect(status().isBadRequest());
    mvc.perform(
            get("/api" + base + "/adoption?from=2026-03-10&to=2026-03-01")
                .header("Authorization", "Bearer " + history.tenant().token(Role.LEAD)))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theWorkbookHasOneSheetPerTableWithTheSameFigures() throws Exception {
    byte[] book =
        mvc.perform(
                get(base + "/adoption.xlsx" + period())
                    .with(fixtures.signedIn(history.tenant(), Role.RESEARCHER))
                    .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(book))) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
      assertThat(sheets)
          .containsExactly(
              "Days", "Weeks", "By unit", "By group", "Features", "Cohorts", "Training to use");
      assertThat(rows(workbook.getSheet("Days"))).hasSize(15).contains(m + "|3|2|1|33.3|1|50");
      assertThat(rows(workbook.getSheet("Weeks")))
          .contains(
              "All in view|Whole period|5|4|3|60|3|75",
              "All in view|" + isoWeek(m) + "|3|3|2|66.7|2|66.7");
      assertThat(rows(workbook.getSheet("By unit")))
          .contains(
              "Ward A|Whole period|3|3|2|66.7|2|66.7", "Clinic B|Whole period|2|1|1|50|1|100");
      assertThat(rows(workbook.getSheet("By group")))
          .contains("Physician|Whole period|2|1|1|50|1|100");
      assertThat(rows(workbook.getSheet("Features"))).contains("Chat|yes|2|5|40", "open|no|2|5|40");
      assertThat(rows(workbook.getSheet("Training to use"))).contains("4|2|2|2.3|2.5|2.8");
    }
  }

  @Test
  void theApiGivesTheSameFiguresAsJson() throws Exception {
    String json =
        mvc.perform(
                get("/api" + base + "/adoption" + period() + "&unit=" + history.plan().unit())
                    .header("Authorization", "Bearer " + history.tenant().token(Role.LEAD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode root = JsonMapper.builder().build().readTree(json);
    assertThat(root.get("units")).hasSize(1);
    JsonNode period = root.get("total").get("period");
    assertThat(period.get("staff").asLong()).isEqualTo(3);
    assertThat(period.get("active").asLong()).isEqualTo(2);
    assertThat(period.get("activePercent").asString()).isEqualTo("66.7");
    assertThat(root.get("days")).hasSize(14);
    assertThat(root.get("byGroup").findValuesAsString("key"))
        .containsExactlyInAnyOrder("registered_nurse", "practical_nurse");
    assertThat(root.get("features").get(0).get("users").asLong()).isEqualTo(1);
    assertThat(root.get("trainingToUse").get("trained").asLong()).isEqualTo(3);
  }

  @Test
  void trainingIsRecordedOnThePageAndTwiceIsOnce() throws Exception {
    AdoptionFixtures.History history = histories.history();
    String base = "/implementations/" + history.plan().id();
    var unit = history.plan().otherUnit();
    var six = history.person(6);
    String html =
        mvc.perform(
                get(base + "/training?unit=" + unit)
                    .with(fixtures.signedIn(history.tenant(), Role.LEAD))
                    .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Pekka Test, Physician").doesNotContain("??");
    for (int i = 0; i < 2; i++) {
      mvc.perform(
              post(base + "/training")
                  .param("unit", unit.toString())
                  .param("staff", six.toString())
                  .param("trainedOn", m.plusDays(2).toString())
                  .with(fixtures.signedIn(history.tenant(), Role.LEAD))
                  .with(csrf()))
          .andExpect(status().is3xxRedirection());
    }
    String after =
        mvc.perform(
                get(base + "/training?unit=" + unit)
                    .with(fixtures.signedIn(history.tenant(), Role.LEAD))
                    .header("Accept-Language", "en"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(after)
        .contains(
            "Pekka Test, Physician, trained "
                + m.plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    mvc.perform(
            post(base + "/training")
                .param("unit", unit.toString())
                .param("trainedOn", m.toString())
                .with(fixtures.signedIn(history.tenant(), Role.LEAD))
                .with(csrf())
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(
            r -> assertThat(r.getResponse().getContentAsString()).contains("Tick at least one"));
  }

  @Test
  void aManagerCannotRecordTrainingInAUnitTheyDoNotManage() throws Exception {
    mvc.perform(
            get(base + "/training?unit=" + history.plan().otherUnit())
                .with(fixtures.signedIn(history.tenant(), Role.MANAGER)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post(base + "/training")
                .param("unit", history.plan().otherUnit().toString())
                .param("staff", history.person(6).toString())
                .param("trainedOn", m.toString())
                .with(fixtures.signedIn(history.tenant(), Role.MANAGER))
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void aTrainingFileIsStoredWholeOrNotAtAllAndTwiceChangesNothing() throws Exception {
    AdoptionFixtures.History history = histories.history();
    String base = "/implementations/" + history.plan().id();
    String key = history.tenant().key();
    String bad =
        "employee_number;date\n"
            + key
            + "-6;"
            + m
            + "\n"
            + "nobody;"
            + m
            + "\n"
            + key.toUpperCase()
            + "-4;31.2.2026\n"
            + key
            + "-4\n";
    String html = upload(history, bad, Role.ADMIN);
    assertThat(html)
        .contains(
            "Nothing was stored: 3 lines have problems",
            "Line 3: No active member of staff has this employee number.",
            "Line 4: &quot;31.2.2026&quot; is not a day",
            "Line 5: Expected an employee number and a day");
    String good = key + "-6;" + m.plusDays(1) + "\n" + key.toUpperCase() + "-4;" + "3.1.2026\n";
    assertThat(upload(history, good, Role.ADMIN)).isEmpty(); // redirected
    String again =
        mvc.perform(
                multipart(base + "/training/import")
                    .file(
                        new MockMultipartFile(
                            "file", "t.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
                    .with(fixtures.signedIn(history.tenant(), Role.ADMIN))
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getFlashMap()
            .get("report")
            .toString();
    assertThat(again).contains("lines=2, recorded=0, alreadyRecorded=2");
    String managerTries = upload(history, key + "-6;" + m + "\n", Role.MANAGER);
    assertThat(managerTries)
        .contains("Line 1: This person works in a unit you do not manage or champion.");
  }

  private String upload(AdoptionFixtures.History history, String content, Role role)
      throws Exception {
    return mvc.perform(
            multipart("/implementations/" + history.plan().id() + "/training/import")
                .file(
                    new MockMultipartFile(
                        "file", "t.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .with(fixtures.signedIn(history.tenant(), role))
                .with(csrf())
                .header("Accept-Language", "en"))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static String isoWeek(LocalDate monday) {
    return new org.uptake.usage.AdoptionFigures.WeekCount(
            monday, org.uptake.usage.AdoptionFigures.Count.NONE)
        .isoWeek();
  }

  private static List<String> rows(Sheet sheet) {
    DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
    List<String> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.getLastCellNum(); c++) {
        cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
      }
      rows.add(String.join("|", cells));
    }
    return rows;
  }
}
