package org.uptake.determinant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.uptake.Fixtures;
import org.uptake.UptakeTest;
import org.uptake.access.Role;
import org.uptake.determinant.DeterminantDetails;
import org.uptake.determinant.Determinants;
import org.uptake.determinant.Valence;
import org.uptake.implementation.ImplementationFixtures;

/** The overview page and its workbook show the same counts, shares and heat maps. */
@UptakeTest
class DeterminantOverviewPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ImplementationFixtures plans;
  @Autowired Determinants determinants;

  Fixtures.Tenant tenant;
  ImplementationFixtures.Plan plan;
  String base;

  @BeforeEach
  void register() {
    tenant = fixtures.tenant();
    plan = plans.plan(tenant);
    base = "/implementations/" + plan.id() + "/determinants/overview";
    fixtures.as(
        tenant,
        Role.LEAD,
        () -> {
          determinants.create(
              plan.id(),
              new DeterminantDetails(
                  Valence.BARRIER,
                  "No time to learn",
                  Set.of("registered_nurse"),
                  Set.of(plan.unit()),
                  3,
                  2,
                  Set.of("cfir.c4d", "npt.p07")),
              List.of());
          determinants.create(
              plan.id(),
              new DeterminantDetails(
                  Valence.BARRIER,
                  "Log-in is slow",
                  Set.of("it"),
                  Set.of(plan.unit()),
                  2,
                  2,
                  Set.of("cfir.c4b")),
              List.of());
          determinants.create(
              plan.id(),
              new DeterminantDetails(
                  Valence.FACILITATOR,
                  "Keen champions",
                  Set.of("manager"),
                  Set.of(plan.otherUnit()),
                  2,
                  1,
                  Set.of("cfir.d4")),
              List.of());
        });
  }

  private RequestPostProcessor as(Role role) {
    return fixtures.signedIn(tenant, role);
  }

  @Test
  void theTablesAndHeatMapsShowCountsAndShares() throws Exception {
    String html =
        mvc.perform(get(base).with(as(Role.CHAMPION)).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains(
            "Barriers in all: 2. Facilitators in all: 1.",
            "By CFIR domain",
            "By unit",
            "By stakeholder group",
            "Ward A",
            "Clinic B",
            "Registered nurse",
            "<td class=\"heat-2\">2</td>",
            "<td class=\"heat-1\">1</td>",
            "<td>100 %</td>",
            "<td>50 %</td>",
            "Two or three",
            "overview.xlsx")
        .doesNotContain("??", "style=\"");
  }

  @Test
  void theWorkbookHasOneSheetPerTableWithTheSameCounts() throws Exception {
    byte[] body =
        mvc.perform(get(base + ".xlsx").with(as(Role.MANAGER)).header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        "attachment; filename=\"determinants-overview.xlsx\""))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      List<String> names = new ArrayList<>();
      book.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names)
          .containsExactly(
              "By CFIR domain",
              "By CFIR construct",
              "By NPT component",
              "By NPT practice",
              "By factor",
              "By unit",
              "By stakeholder group",
              "Barriers by unit and framework ",
              "Facilitators by unit and framew");
      Sheet domains = book.getSheet("By CFIR domain");
      assertThat(domains.getRow(0).getCell(3).getStringCellValue()).isEqualTo("% of all barriers");
      assertThat(domains.getRow(1).getCell(0).getStringCellValue()).isEqualTo("cfir.c");
      assertThat(domains.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2);
      assertThat(domains.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(100);
      assertThat(domains.getRow(2).getCell(0).getStringCellValue()).isEqualTo("cfir.d");
      assertThat(domains.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(1);
      assertThat(domains.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(100);
      Sheet units = book.getSheet("By unit");
      assertThat(units.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Ward A");
      assertThat(units.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2);
    }
  }
}
