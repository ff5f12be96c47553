package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.uptake.Fixtures;
import org.uptake.access.Role;

/**
 * An admin imports a roster with mistakes, reads what is wrong line by line, fixes it and imports
 * it.
 */
class RosterImportJourneyTest extends BrowserTest {

  @Test
  void anAdminSeesLineNumberedProblemsInFinnishThenImportsTheCorrectedFile() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String base = base();
    Page page = browser.page("fi", false);
    browser.signIn(page, base, tenant.username(Role.ADMIN), Fixtures.PASSWORD);

    page.navigate(base + "/staff/import");
    browser.assertAccessible(page);
    String header =
        "employee_number;first_name;last_name;email;unit;professional_group;shift_pattern\n";
    String bad =
        header
            + "N-1;Aino;Virtanen;aino@example.org;"
            + tenant.key()
            + "-A;registered_nurse;day\n"
            + "N-2;Eero;;;"
            + tenant.key()
            + "-A;physician;day\n"
            + "N-3;Sanna;Mäkelä;;NOWHERE;practical_nurse;day\n";
    page.locator("#file")
        .setInputFiles(
            new FilePayload("roster.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)));
    page.locator("form[action$='/staff/import'] button[type=submit]").click();
    page.waitForLoadState();

    assertThat(page.locator("[role=alert]").first().textContent()).contains("Mitään ei ole tuotu");
    assertThat(page.locator("table tbody tr").allTextContents())
        .anySatisfy(row -> assertThat(row).contains("3").contains("on tyhjä"))
        .anySatisfy(row -> assertThat(row).contains("4").contains("NOWHERE"));
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "roster-import-problems-fi");

    String good =
        header
            + tenant.key()
            + "-1;Aino;Virtanen;aino@example.org;"
            + tenant.key()
            + "-A;registered_nurse;three_shift\n"
            + tenant.key()
            + "-2;Eero;Laine;;"
            + tenant.key()
            + "-B;physician;day\n"
            + "N-3;Sanna;Mäkelä;;"
            + tenant.key()
            + "-A;practical_nurse;two_shift\n";
    page.navigate(base + "/staff/import");
    page.locator("#file")
        .setInputFiles(
            new FilePayload("roster.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)));
    page.locator("form[action$='/staff/import'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(
            page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS).first().textContent())
        .contains("virheetön");
    TestBrowser.screenshot(page, "roster-import-preview-fi");
    page.locator("form[action$='/staff/import/apply'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("[role=status]").first().textContent()).contains("on tuotu");

    page.navigate(base + "/staff");
    assertThat(page.locator("table").textContent()).contains("Mäkelä, Sanna");
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "staff-list-fi");
  }

  @Test
  void wrongEmptyAndHugeFilesGetAClearAnswerInTheUsersLanguage() throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    String base = base();
    Page page = browser.page("sv", false);
    browser.signIn(page, base, tenant.username(Role.ADMIN), Fixtures.PASSWORD);

    page.navigate(base + "/staff/import");
    page.locator("#file")
        .setInputFiles(
            new FilePayload(
                "photo.png",
                "image/png",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
    page.locator("form[action$='/staff/import'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("table").textContent())
        .contains("Hela filen")
        .contains("inte en personallista");

    page.navigate(base + "/staff/import");
    page.locator("#file").setInputFiles(new FilePayload("empty.csv", "text/csv", new byte[0]));
    page.locator("form[action$='/staff/import'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("[role=alert]").first().textContent()).contains("Välj en fil");

    page.navigate(base + "/staff/import");
    page.locator("#file")
        .setInputFiles(new FilePayload("big.csv", "text/csv", new byte[6 * 1024 * 1024]));
    page.locator("form[action$='/staff/import'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("[role=alert]").first().textContent()).contains("större än 5 MB");

    page.navigate(base + "/staff/import");
    page.locator("#file")
        .setInputFiles(new FilePayload("huge.csv", "text/csv", new byte[20 * 1024 * 1024]));
    page.locator("form[action$='/staff/import'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("[role=alert]").first().textContent()).contains("större än 5 MB");
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "roster-import-huge-sv");
  }
}
