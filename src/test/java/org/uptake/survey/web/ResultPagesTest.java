package org.uptake.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.survey.StoredInstrument;
import org.uptake.survey.SurveyResultFixtures;

@UptakeTest
class ResultPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired SurveyResultFixtures surveys;

  Fixtures.Tenant tenant;
  UUID wave;

  /** Ward A: 15 nurses and 4 physicians; clinic B: 30 nurses and 25 physicians. */
  @BeforeEach
  void wave() {
    tenant = fixtures.tenant();
    StoredInstrument practices = surveys.practices(tenant);
    wave = surveys.wave(tenant, practices, "Baseline", true, 10, null, LocalDate.of(2026, 9, 1));
    surveys.respond(tenant, wave, practices, tenant.units().get(0), "REGISTERED_NURSE", 15, 4);
    surveys.respond(tenant, wave, practices, tenant.units().get(0), "PHYSICIAN", 4, 2);
    surveys.respond(tenant, wave, practices, tenant.units().get(1), "REGISTERED_NURSE", 30, 5);
    surveys.respond(tenant, wave, practices, tenant.units().get(1), "PHYSICIAN", 25, 3);
  }

  @Test
  void thePageSaysInWordsWhereAGroupIsTooSmall() throws Exception {
    String page = page("/waves/" + wave + "/results?by=unit-group", "en");

    assertThat(page).contains("Results: Baseline");
    assertThat(page).contains("fewer than 10 answers");
    assertThat(page).contains("Ward A · Physician");
    assertThat(page).as("whole wave: (60 + 8 + 150 + 75) / 74").contains("3.96 (n = 74)");
  }

  @Test
  void byUnitTheMeansAreShownInTheReadersLanguage() throws Exception {
    String page = page("/waves/" + wave + "/results?by=unit", "fi");

    assertThat(page).contains("Tulokset: Baseline");
    assertThat(page).as("ward A: (15 × 4 + 4 × 2) / 19").contains("3,58 (n = 19)");
  }

  @Test
  void theTrendWritesTheOpeningDayAsTheReaderDoesAndTheFilesInIso() throws Exception {
    String page = page("/waves/" + wave + "/results?by=unit", "fi");
    String trend = page.substring(page.indexOf("id=\"trend\""));

    assertThat(trend).contains(">1.9.2026<").doesNotContain("2026-09-01");

    String csv =
        mvc.perform(
                get("/waves/" + wave + "/results.csv?by=unit")
                    .with(fixtures.signedIn(tenant, Role.RESEARCHER))
                    .header("Accept-Language", "fi"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).contains("\"2026-09-01\"");
  }

  @Test
  void theCsvHoldsWhatThePageShowsAndNoHiddenFigure() throws Exception {
    byte[] csv =
        mvc.perform(
                get("/waves/" + wave + "/results.csv?by=unit-group")
                    .with(fixtures.signedIn(tenant, Role.RESEARCHER))
                    .header("Accept-Language", "en"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String text = new String(csv, StandardCharsets.UTF_8);

    assertThat(text).contains("\"Ward A · Physician\",\"fewer than 10 answers\"");
    assertThat(text).doesNotContain("\"4\"").doesNotContain("n = 4)");
    assertThat(text).contains("\"All respondents\",\"74\"");
  }

  @Test
  void theWorkbookHasASheetPerTableWithTheSameWords() throws Exception {
    byte[] xlsx =
        mvc.perform(
                get("/waves/" + wave + "/results.xlsx?by=unit-group")
                    .with(fixtures.signedIn(tenant, Role.LEAD))
                    .header("Accept-Language", "en"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet constructs = book.getSheetAt(0);
      assertThat(constructs.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Scores by construct");
      List<String> cells = new ArrayList<>();
      for (Row row : constructs) {
        for (Cell cell : row) {
          cells.add(cell.toString());
        }
      }
      assertThat(cells).contains("Ward A · Physician", "fewer than 10 answers", "74.0");
      assertThat(book.getNumberOfSheets()).as("constructs, rates, trend, items").isEqualTo(3 + 15);
    }
  }

  private String page(String path, String language) throws Exception {
    var response =
        mvc.perform(
                get(path)
                    .with(fixtures.signedIn(tenant, Role.LEAD))
                    .header("Accept-Language", language))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }
}
