package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;

/**
 * A lead's needs assessment in Chromium: record a consultation and see the gaps, enter a barrier
 * with tags, open the overview with its heat map, download the workbook, change the barrier and
 * read its history; every page passes axe-core, on a desktop and a phone.
 */
class NeedsJourneyTest extends BrowserTest {

  @Autowired ImplementationFixtures plans;

  @Test
  void aLeadAssessesNeedsRecordsABarrierAndReadsTheOverview() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    ImplementationFixtures.Plan plan = plans.plan(tenant);
    String base = base();
    String rollout = base + "/implementations/" + plan.id();
    Page page = browser.page("en", false);
    browser.signIn(page, base, tenant.username(Role.LEAD), Fixtures.PASSWORD);

    page.navigate(rollout);
    page.locator("nav a[href$='/needs']").click();
    page.waitForLoadState();
    assertThat(page.locator("#gaps").textContent())
        .contains("Not heard yet: Service users", "Three shifts", "Ward A");
    browser.assertAccessible(page);
    page.locator("#stakeholderGroup").selectOption("registered_nurse");
    page.locator("#method").selectOption("FOCUS_GROUP");
    page.locator("#heldOn").fill("2026-10-05");
    page.locator("#people").fill("6");
    page.getByLabel("Ward A").check();
    page.getByLabel("Three shifts").check();
    page.locator("#note").fill("Met after the morning handover");
    page.locator("main form button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("main table").textContent()).contains("Met after the morning handover");
    String gaps = page.locator("#gaps").textContent();
    assertThat(gaps).contains("Not heard yet: Service users", "Clinic B");
    assertThat(gaps).doesNotContain("Registered nurse", "Three shifts", "Ward A");
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "needs-assessment");

    // Six was a typo: the lead corrects it, then deletes the consultation and sees the gap again.
    page.locator("main table a", new Page.LocatorOptions().setHasText("Correct")).click();
    page.waitForLoadState();
    assertThat(page.locator("#people").inputValue()).isEqualTo("6");
    assertThat(page.getByLabel("Ward A").isChecked()).isTrue();
    browser.assertAccessible(page);
    page.locator("#people").fill("7");
    page.locator("main form button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("main table tbody td").nth(2).textContent()).isEqualTo("7");
    page.locator("main table a", new Page.LocatorOptions().setHasText("Delete")).click();
    page.waitForLoadState();
    assertThat(page.locator("main p").first().textContent())
        .contains("The consultation with Registered nurse");
    browser.assertAccessible(page);
    page.locator("main form button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("main").textContent()).contains("No consultations recorded yet.");
    assertThat(page.locator("#gaps").textContent()).contains("Registered nurse", "Ward A");

    page.navigate(rollout + "/determinants");
    page.locator("#valence").selectOption("BARRIER");
    page.locator("#description").fill("Night staff cannot reach the training");
    page.locator("#group-registered_nurse").check();
    page.locator("#unit-" + plan.unit()).check();
    page.locator("#strength").fill("3");
    page.locator("#spread").fill("2");
    page.locator("#tags").fill("cfir.c10, npt.p07");
    page.locator("#evidenceText").fill("Sessions are only held at ten in the morning");
    page.locator("main form.stack button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("main table").textContent())
        .contains("Night staff cannot reach the training");

    page.locator("#overview-link").click();
    page.waitForLoadState();
    assertThat(page.locator(".heat-map").first().textContent()).contains("Ward A");
    assertThat(page.locator(".heat-map td.heat-1").first().textContent()).isEqualTo("1");
    assertThat(page.locator("#legend").textContent()).isEqualTo("Shading of the heat maps");
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "determinant-overview");

    Download download = page.waitForDownload(() -> page.locator("#download").click());
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(download.path()))) {
      List<String> sheets = new ArrayList<>();
      book.forEach(sheet -> sheets.add(sheet.getSheetName()));
      assertThat(sheets).contains("By CFIR domain", "By unit", "By stakeholder group");
      assertThat(book.getSheet("By NPT component").getRow(1).getCell(2).getNumericCellValue())
          .isEqualTo(1);
    }

    page.navigate(rollout + "/determinants");
    page.getByText("Night staff cannot reach the training").click();
    page.waitForLoadState();
    browser.assertAccessible(page);
    page.locator("#edit").click();
    page.waitForLoadState();
    browser.assertAccessible(page);
    page.locator("#strength").fill("2");
    page.locator("main form button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("#history ~ table tbody tr").count()).isEqualTo(2);
    assertThat(page.locator("#history ~ table tbody tr").first().locator("td").nth(1).textContent())
        .as("who made the change")
        .isEqualTo("Test LEAD");
    TestBrowser.screenshot(page, "determinant-history");

    Page phone = browser.page("fi", true);
    browser.signIn(phone, base, tenant.username(Role.LEAD), Fixtures.PASSWORD);
    for (String path : List.of("/needs", "/determinants/overview")) {
      assertThat(phone.navigate(rollout + path).status()).isEqualTo(200);
      browser.assertAccessible(phone);
      TestBrowser.screenshot(phone, "phone" + path.replace('/', '-'));
    }
  }
}
