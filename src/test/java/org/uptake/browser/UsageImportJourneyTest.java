package org.uptake.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uptake.Fixtures;
import org.uptake.access.Role;
import org.uptake.implementation.ImplementationFixtures;

/**
 * An admin sets up a usage source, uploads a large log with some bad lines, watches the progress,
 * reads the report, and maps a user who is not on the roster.
 */
class UsageImportJourneyTest extends BrowserTest {

  private static final int LINES = 150_000;

  @Autowired ImplementationFixtures plans;

  @Test
  void anAdminUploadsALogWithBadLinesSeesProgressAndTheReportAndMapsAnUnknownUser()
      throws Exception {
    Fixtures.Tenant tenant = fixtures.tenant();
    plans.plan(tenant);
    String base = base();
    Page page = browser.page("en", false);
    browser.signIn(page, base, tenant.username(Role.ADMIN), Fixtures.PASSWORD);

    page.navigate(base + "/usage/import");
    browser.assertAccessible(page);
    page.locator("#name").fill("ehr-prod");
    page.locator("form[action$='/usage/sources'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("[role=status]").first().textContent()).contains("source was added");

    StringBuilder log = new StringBuilder("time,user,action,unit,id\n");
    Instant start = Instant.parse("2026-02-01T06:00:00Z");
    String nurse = tenant.key() + "-1";
    for (int i = 0; i < LINES; i++) {
      if (i == 10) {
        log.append("not a time,").append(nurse).append(",open,,\n");
      } else if (i == 20) {
        log.append(start).append(",,open,,\n");
      } else {
        String user = i % 100 == 0 ? "stranger-9" : nurse;
        log.append(start.plusSeconds(i * 7L))
            .append(',')
            .append(user)
            .append(",feature-")
            .append(i % 5)
            .append(",,ev")
            .append(i)
            .append('\n');
      }
    }
    page.locator("#file")
        .setInputFiles(
            new FilePayload(
                "usage.csv", "text/csv", log.toString().getBytes(StandardCharsets.UTF_8)));
    page.locator("form[action$='/usage/import'] button[type=submit]").click();
    page.waitForLoadState();
    String jobUrl = page.url();
    if (jobUrl.contains("/usage/import/jobs/")) {
      // Hold the page still for the accessibility check: the same page without its Refresh header.
      page.route(
          "**/usage/import/jobs/**",
          route -> {
            APIResponse response = route.fetch();
            Map<String, String> headers = new HashMap<>(response.headers());
            headers.remove("refresh");
            route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
          });
      page.navigate(jobUrl);
      if (page.url().contains("/usage/import/jobs/")) {
        assertThat(page.locator("progress").count()).isEqualTo(1);
        assertThat(page.locator("[role=status]").first().textContent()).contains("lines read");
        browser.assertAccessible(page);
        TestBrowser.screenshot(page, "usage-import-progress-en");
      }
      page.unrouteAll();
      page.navigate(jobUrl);
    }
    page.waitForURL("**/usage/imports/**", new Page.WaitForURLOptions().setTimeout(180_000));

    assertThat(page.locator("#report-lines").textContent()).isEqualTo("150 001");
    assertThat(page.locator("#report-inserted").textContent()).isEqualTo("149 998");
    assertThat(page.locator("#report-malformed").textContent()).isEqualTo("2");
    assertThat(page.locator("#problems tbody tr").allTextContents())
        .anySatisfy(row -> assertThat(row).contains("12").contains("not a time"))
        .anySatisfy(row -> assertThat(row).contains("22").contains("\"user\" is empty"));
    assertThat(page.locator("#unknown + p + table").textContent()).contains("stranger-9");
    browser.assertAccessible(page);
    TestBrowser.screenshot(page, "usage-import-report-en");

    page.locator("#employee-0").fill(tenant.key() + "-2");
    page.locator("form[action$='/usage/unknown-users/map'] button[type=submit]").click();
    page.waitForLoadState();
    assertThat(page.locator("[role=status]").first().textContent()).contains("now counts");
    assertThat(page.content()).doesNotContain("stranger-9");

    Page phone = browser.page("fi", true);
    browser.signIn(phone, base, tenant.username(Role.ADMIN), Fixtures.PASSWORD);
    phone.navigate(base + "/usage/import");
    browser.assertAccessible(phone);
    TestBrowser.screenshot(phone, "usage-import-fi-phone");
  }
}
